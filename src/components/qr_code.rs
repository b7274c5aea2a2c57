use crate::domain::qr;
use leptos::prelude::*;

/// A QR code drawn as inline SVG (always dark on white, also in dark mode, so cameras read it).
/// Renders nothing when the data is too long for a QR code; check with [`qr::encode`] first if
/// the page should say so.
#[component]
pub fn QrCode(
    /// The text or URL to encode.
    #[prop(into)]
    data: Signal<String>,
    /// Accessible name of the image (e.g. "QR code with the link to your result").
    #[prop(into)]
    label: Signal<String>,
    /// Displayed width and height in CSS pixels.
    #[prop(default = 240)]
    size: u32,
) -> impl IntoView {
    let encoded = Memo::new(move |_| qr::encode(&data.get()).ok());
    move || {
        encoded.get().map(|q| {
            let view_box = format!("0 0 {0} {0}", q.size);
            view! {
                <svg
                    class="qr-code"
                    role="img"
                    aria-label=move || label.get()
                    viewBox=view_box
                    width=size
                    height=size
                    shape-rendering="crispEdges"
                    data-qr-data=move || data.get()
                >
                    <rect width="100%" height="100%" fill="#fff"></rect>
                    <path d=q.path fill="#000"></path>
                </svg>
            }
        })
    }
}
