use crate::domain::wallet::scan;
use crate::i18n::*;
use js_sys::{Array, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Decodes a QR code in a video frame or a picture: the browser's `BarcodeDetector` where it
/// exists, else the wasm decoder on the pixels (drawn on a canvas). One path for camera frames
/// and pictures.
async fn decode(source: &JsValue, width: u32, height: u32) -> Option<String> {
    if width == 0 || height == 0 {
        return None;
    }
    let window = web_sys::window()?;
    if let Ok(ctor) = Reflect::get(&window, &"BarcodeDetector".into()) {
        if let Some(ctor) = ctor.dyn_ref::<js_sys::Function>() {
            let opts = Object::new();
            let _ = Reflect::set(&opts, &"formats".into(), &Array::of1(&"qr_code".into()));
            if let Ok(detector) = Reflect::construct(ctor, &Array::of1(&opts)) {
                let detect = Reflect::get(&detector, &"detect".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
                if let Some(promise) = detect
                    .and_then(|f| f.call1(&detector, source).ok())
                    .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
                {
                    if let Ok(found) = JsFuture::from(promise).await {
                        let first = Array::from(&found).get(0);
                        return Reflect::get(&first, &"rawValue".into())
                            .ok()
                            .and_then(|v| v.as_string());
                    }
                }
            }
        }
    }
    // wasm fallback: at most 1024 px on the long side keeps a frame fast to scan
    let scale = (1024.0 / width.max(height) as f64).min(1.0);
    let (w, h) = (
        ((width as f64) * scale).round() as u32,
        ((height as f64) * scale).round() as u32,
    );
    let canvas: web_sys::HtmlCanvasElement = window
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    if let Some(video) = source.dyn_ref::<web_sys::HtmlVideoElement>() {
        ctx.draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w as f64, h as f64)
            .ok()?;
    } else if let Some(bitmap) = source.dyn_ref::<web_sys::ImageBitmap>() {
        ctx.set_fill_style_str("#fff");
        ctx.fill_rect(0.0, 0.0, w as f64, h as f64);
        ctx.draw_image_with_image_bitmap_and_dw_and_dh(bitmap, 0.0, 0.0, w as f64, h as f64)
            .ok()?;
    } else {
        return None;
    }
    let data = ctx.get_image_data(0.0, 0.0, w as f64, h as f64).ok()?;
    scan::decode_rgba(w as usize, h as usize, &data.data().0)
}

fn stop_stream(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(t) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            t.stop();
        }
    }
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// QR import: the camera (scans a few frames a second until a code is read) or a picture.
#[component]
pub fn QrScanner(
    /// Called with the text of the QR code that was read.
    #[prop(into)]
    on_text: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let scanning = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let video_ref = NodeRef::<leptos::html::Video>::new();
    let stream = StoredValue::new_local(None::<web_sys::MediaStream>);

    let stop = move || {
        scanning.set(false);
        if let Some(s) = stream.get_value() {
            stop_stream(&s);
        }
        stream.set_value(None);
    };

    let start = move |_| {
        message.set(None);
        let Some(devices) = web_sys::window().and_then(|w| w.navigator().media_devices().ok())
        else {
            message.set(Some(t_string!(i18n, wallet.camera_unavailable).to_string()));
            return;
        };
        let constraints = web_sys::MediaStreamConstraints::new();
        let video = Object::new();
        let _ = Reflect::set(&video, &"facingMode".into(), &"environment".into());
        constraints.set_video(&video);
        let Ok(promise) = devices.get_user_media_with_constraints(&constraints) else {
            message.set(Some(t_string!(i18n, wallet.camera_unavailable).to_string()));
            return;
        };
        scanning.set(true);
        leptos::task::spawn_local(async move {
            let Ok(s) = JsFuture::from(promise).await else {
                scanning.set(false);
                message.set(Some(t_string!(i18n, wallet.camera_unavailable).to_string()));
                return;
            };
            let s: web_sys::MediaStream = s.unchecked_into();
            stream.set_value(Some(s.clone()));
            let Some(video) = video_ref.get_untracked() else {
                stop();
                return;
            };
            video.set_src_object(Some(&s));
            if let Ok(p) = video.play() {
                let _ = JsFuture::from(p).await;
            }
            while scanning.get_untracked() {
                let el: &web_sys::HtmlVideoElement = &video;
                if let Some(text) = decode(el.as_ref(), el.video_width(), el.video_height()).await {
                    stop();
                    on_text.run(text);
                    return;
                }
                sleep(250).await;
            }
        });
    };

    let on_picture = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|l| l.get(0)) else {
            return;
        };
        input.set_value("");
        message.set(None);
        leptos::task::spawn_local(async move {
            let bitmap = match web_sys::window().map(|w| w.create_image_bitmap_with_blob(&file)) {
                Some(Ok(p)) => JsFuture::from(p).await.ok(),
                _ => None,
            };
            let text = match bitmap.and_then(|b| b.dyn_into::<web_sys::ImageBitmap>().ok()) {
                Some(b) => decode(b.as_ref(), b.width(), b.height()).await,
                None => None,
            };
            match text {
                Some(t) => on_text.run(t),
                None => message.set(Some(t_string!(i18n, wallet.scan_none).to_string())),
            }
        });
    };

    on_cleanup(stop);

    view! {
        <div class="import-way qr-scanner">
            <Show
                when=move || scanning.get()
                fallback=move || view! {
                    <button type="button" class="secondary" on:click=start>{t!(i18n, wallet.scan_button)}</button>
                }
            >
                <button type="button" class="secondary" on:click=move |_| stop()>{t!(i18n, wallet.scan_stop)}</button>
                <p class="hint">{t!(i18n, wallet.scan_hint)}</p>
            </Show>
            <video
                node_ref=video_ref
                class="qr-video"
                class:hidden=move || !scanning.get()
                muted
                playsinline
                aria-hidden="true"
            ></video>
            <label for="import-qr-image">{t!(i18n, wallet.scan_image)}</label>
            <input id="import-qr-image" type="file" accept="image/*" on:change=on_picture/>
            {move || message.get().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
        </div>
    }
}
