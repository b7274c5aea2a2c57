use leptos::prelude::*;

/// A link that downloads text as a CSV file (a `data:` URL with the `download` attribute, so
/// it works offline and needs no server). A byte-order mark lets spreadsheets read UTF-8.
#[component]
pub fn CsvDownload(
    /// The CSV text.
    #[prop(into)]
    csv: Signal<String>,
    /// File name offered to the browser.
    #[prop(into)]
    filename: Signal<String>,
    /// The link text.
    children: Children,
) -> impl IntoView {
    let href = move || {
        let body = format!("\u{feff}{}", csv.get());
        format!(
            "data:text/csv;charset=utf-8,{}",
            String::from(js_sys::encode_uri_component(&body))
        )
    };
    view! {
        <a class="button secondary" href=href download=move || filename.get()>
            {children()}
        </a>
    }
}
