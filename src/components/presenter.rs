//! Presentation mode: large type and a high-contrast theme, one saved view per slide, the slide
//! number, the speaker note, keys for clickers (arrows, Page Up/Down, Home/End, Esc) and, on
//! request, a QR code of the current view's address.

use crate::state::use_app;
use leptos::prelude::*;
use upr_core::qr::qr_path;
use upr_core::query::Query;
use upr_core::{t_with, Arg};

/// What a key does while presenting.
fn slide_for_key(key: &str, current: u32, total: u32) -> Option<Option<u32>> {
    match key {
        "ArrowRight" | "PageDown" | " " => Some(Some((current + 1).min(total))),
        "ArrowLeft" | "PageUp" => Some(Some(current.saturating_sub(1).max(1))),
        "Home" => Some(Some(1)),
        "End" => Some(Some(total)),
        "Escape" => Some(None),
        _ => None,
    }
}

fn typing_in_a_field(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

#[component]
pub fn Presenter() -> impl IntoView {
    let state = use_app();
    let go = move |slide: Option<u32>| {
        let q = state.address.get_untracked();
        if slide.is_none() {
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                if doc.fullscreen_element().is_some() {
                    doc.exit_fullscreen();
                }
            }
        }
        state.set_query(&Query { slide, ..q }, false);
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let Some((current, total)) = state
            .shown
            .with_untracked(|q| q.slide.map(|s| (s, q.deck.len() as u32)))
        else {
            return;
        };
        if typing_in_a_field(&ev) || ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            return;
        }
        if let Some(target) = slide_for_key(&ev.key(), current, total) {
            ev.prevent_default();
            go(target);
        }
    });
    // Esc in full screen goes to the browser (which leaves full screen) and may never reach the
    // page (Firefox): leaving full screen while presenting leaves the presentation too.
    // Read now: the request for full screen was made before these controls arrived.
    let is_fullscreen = || {
        web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.fullscreen_element().is_some())
    };
    let was_fullscreen = StoredValue::new(is_fullscreen());
    let fullscreen = window_event_listener_untyped("fullscreenchange", move |_| {
        let now = is_fullscreen();
        if was_fullscreen.get_value() && !now && state.shown.with_untracked(|q| q.slide.is_some()) {
            go(None);
        }
        was_fullscreen.set_value(now);
    });
    on_cleanup(move || {
        keys.remove();
        fullscreen.remove();
    });
    let (show_qr, set_show_qr) = signal(false);
    let info = move || {
        state.shown.with(|q| {
            let n = q.slide.unwrap_or(1);
            let slide = q.deck.get(n as usize - 1).cloned().unwrap_or_default();
            (n, q.deck.len() as u32, slide)
        })
    };
    let number = move || {
        let (n, total, _) = info();
        t_with(
            state.lang.get(),
            "slide-number",
            &[("n", Arg::Num(n as f64)), ("total", Arg::Num(total as f64))],
        )
    };
    let address = move || {
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        let q = state.shown.get();
        let view = Query {
            deck: Vec::new(),
            slide: None,
            ..q
        };
        format!("{origin}{}", state.href(&view))
    };
    let qr = move || {
        let text = address();
        qr_path(&text).map(|code| {
            let size = code.width + 8;
            view! {
                <figure class="qr" data-testid="qr-code">
                    <svg viewBox=format!("0 0 {size} {size}") role="img" aria-label=text.clone() xmlns="http://www.w3.org/2000/svg">
                        <rect width=size height=size fill="#fff"/>
                        <path d=code.path fill="#000"/>
                    </svg>
                    <figcaption class="small">{text.clone()}</figcaption>
                </figure>
            }
        })
    };
    view! {
        <div class="presenter" data-testid="presenter" role="region" aria-label=state.t("deck-present")>
            <p class="slide-number" data-testid="slide-number" aria-live="polite">{number}</p>
            <h2 class="slide-title" data-testid="slide-title-shown">{move || info().2.title}</h2>
            <div class="presenter-controls">
                <button type="button" data-testid="slide-previous" on:click=move |_| { let (n, _, _) = info(); go(Some(n.saturating_sub(1).max(1))) }>{state.t("slide-previous")}</button>
                <button type="button" data-testid="slide-next" on:click=move |_| { let (n, total, _) = info(); go(Some((n + 1).min(total))) }>{state.t("slide-next")}</button>
                <button type="button" data-testid="qr-toggle" aria-pressed=move || show_qr.get().to_string() on:click=move |_| set_show_qr.update(|v| *v = !*v)>{state.t("qr-show")}</button>
                <button type="button" data-testid="slide-exit" on:click=move |_| go(None)>{state.t("slide-exit")}</button>
            </div>
            <Show when=move || !info().2.note.is_empty()>
                <details class="speaker-note"><summary>{state.t("slide-note-label")}</summary><p data-testid="speaker-note">{move || info().2.note}</p></details>
            </Show>
            <Show when=move || show_qr.get()>{qr}</Show>
        </div>
    }
}
