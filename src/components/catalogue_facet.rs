use leptos::prelude::*;

/// One value of a facet, with its live count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption {
    /// Stable key (URL token); `""` for the "any" choice of a single-choice facet.
    pub key: String,
    /// Translated label.
    pub label: String,
    /// Number of results with this value added to the facet.
    pub count: Option<u32>,
    /// Currently selected.
    pub checked: bool,
}

/// A facet as a fieldset of checkboxes (or radio buttons), each with its live count. Rows are
/// keyed, so a count changing never re-creates the control that has the focus.
#[component]
pub fn CatalogueFacet(
    /// The facet's name.
    #[prop(into)]
    legend: Signal<String>,
    /// Its values.
    #[prop(into)]
    options: Signal<Vec<FacetOption>>,
    /// Called with the key of the value the learner ticked or unticked.
    #[prop(into)]
    on_toggle: Callback<String>,
    /// Radio buttons with this group name (one choice) instead of checkboxes.
    #[prop(optional)]
    radio: Option<&'static str>,
) -> impl IntoView {
    let keys = move || {
        options
            .read()
            .iter()
            .map(|o| o.key.clone())
            .collect::<Vec<_>>()
    };
    view! {
        <fieldset class="facet">
            <legend>{legend}</legend>
            <For each=keys key=|k| k.clone() let:key>
                {
                    let find = {
                        let key = key.clone();
                        move || options.read().iter().find(|o| o.key == key).cloned()
                    };
                    let label = {
                        let find = find.clone();
                        move || find().map(|o| o.label).unwrap_or_default()
                    };
                    let count = {
                        let find = find.clone();
                        move || find().and_then(|o| o.count).map(|n| n.to_string()).unwrap_or_default()
                    };
                    let checked = move || find().is_some_and(|o| o.checked);
                    view! {
                        <label class="facet-option">
                            <input
                                type=if radio.is_some() { "radio" } else { "checkbox" }
                                name=radio
                                prop:checked=checked
                                on:change=move |_| on_toggle.run(key.clone())
                            />
                            <span class="facet-label">{label}</span>
                            <span class="facet-count">{count}</span>
                        </label>
                    }
                }
            </For>
        </fieldset>
    }
}
