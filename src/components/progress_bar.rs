use leptos::prelude::*;

/// A labelled progress bar (`role="progressbar"`) with the same figure as visible text.
#[component]
pub fn ProgressBar(
    /// Steps done (or the current step).
    #[prop(into)]
    value: Signal<usize>,
    /// Total number of steps.
    #[prop(into)]
    max: Signal<usize>,
    /// Accessible name of the bar ("Quiz progress").
    #[prop(into)]
    label: Signal<String>,
    /// Visible and spoken value ("Activity 3 of 48").
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let percent = move || {
        let m = max.get().max(1);
        (value.get().min(m) * 100) / m
    };
    view! {
        <div class="progress">
            <p class="progress-text" aria-hidden="true">{move || text.get()}</p>
            <div
                class="progress-track"
                role="progressbar"
                aria-label=move || label.get()
                aria-valuemin="0"
                aria-valuemax=move || max.get()
                aria-valuenow=move || value.get()
                aria-valuetext=move || text.get()
            >
                <div class="progress-fill" style:width=move || format!("{}%", percent())></div>
            </div>
        </div>
    }
}
