//! The presentation deck's panel, inside its `<details>` (`deck_panel`): add the current view as a
//! slide, rename it, write its speaker note, reorder or remove slides, present, and share the deck
//! as a link or a small file. A chunk of its own, fetched when the panel is first opened.

use crate::download::{copy_text, current_url, save_text};
use crate::state::use_app;
use leptos::prelude::*;
use upr_core::query::{Query, Slide};
use upr_core::{deck, t, t_count, t_with, Arg};
use wasm_bindgen::JsCast;

/// A change to the deck's slides.
type DeckEdit = Box<dyn FnOnce(&mut Vec<Slide>)>;

#[component]
pub fn DeckBody() -> impl IntoView {
    let state = use_app();
    let (message, set_message) = signal(None::<String>);
    let edit = move |f: DeckEdit, replace: bool| {
        let mut q = state.address.get_untracked();
        f(&mut q.deck);
        if q.slide.is_some_and(|n| n as usize > q.deck.len()) {
            q.slide = (!q.deck.is_empty()).then_some(q.deck.len() as u32);
        }
        state.set_query(&q, replace);
    };
    let add = move |_| {
        let shown = state.shown.get_untracked();
        let lang = state.lang.get_untracked();
        let mut title = t(lang, shown.view.message_key());
        if let Some(rec) = &shown.rec {
            title = format!("{title} — {rec}");
        }
        let view = shown.view_only();
        edit(
            Box::new(move |d| {
                d.push(Slide {
                    title,
                    note: String::new(),
                    view,
                })
            }),
            false,
        );
    };
    let count = move || state.address.with(|q| q.deck.len());
    // No deck yet: present a ready-made one at once (it is then in the link, and can be edited).
    let present_ready = move |_| {
        let shown = state.shown.get_untracked();
        let deck = deck::ready_made(&shown, state.lang.get_untracked());
        let q = Query {
            deck,
            slide: Some(1),
            ..state.address.get_untracked()
        };
        crate::browser::request_fullscreen();
        state.set_query(&q, false);
    };
    let present_href = move || {
        state.href(&Query {
            slide: Some(1),
            ..state.address.get()
        })
    };
    let download = move |_| {
        let text = deck::to_json(&state.address.get_untracked().deck);
        if let Err(e) = save_text("upr-deck.json", "application/json", &text) {
            crate::crash::record_error(&format!("deck download: {e:?}"));
        }
    };
    let copy = move |_| {
        state.flush_url();
        let url = current_url();
        leptos::task::spawn_local(async move {
            let lang = state.lang.get_untracked();
            let ok = copy_text(&url).await;
            set_message.set(Some(if ok {
                t(lang, "link-copied")
            } else {
                t_with(lang, "link-copy-failed", &[("url", Arg::Str(url))])
            }));
        });
    };
    let open_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let name = file.name();
        leptos::task::spawn_local(async move {
            let lang = state.lang.get_untracked();
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            match text.map(|t| deck::from_json(&t)) {
                Some(Ok(slides)) => {
                    let n = slides.len();
                    edit(Box::new(move |d| *d = slides), false);
                    set_message.set(Some(t_count(lang, "deck-opened", n)));
                }
                Some(Err(e)) => set_message.set(Some(t_with(
                    lang,
                    "deck-file-error",
                    &[("file", Arg::Str(name)), ("detail", Arg::Str(e))],
                ))),
                None => set_message.set(Some(t_with(
                    lang,
                    "deck-file-error",
                    &[
                        ("file", Arg::Str(name)),
                        ("detail", Arg::Str("unreadable".into())),
                    ],
                ))),
            }
        });
    };
    let slide_item = move |(i, slide, len): (usize, Slide, usize)| {
        let last = len - 1;
        let lang = state.lang.get_untracked();
        let n = i + 1;
        view! {
            <li class="slide-item" data-testid="deck-slide">
                <label>
                    <span>{t_with(lang, "slide-title-label", &[("n", Arg::Num(n as f64))])}</span>
                    <input type="text" prop:value=slide.title.clone() data-testid="slide-title"
                        on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |d| if let Some(s) = d.get_mut(i) { s.title = v }), true) }/>
                </label>
                <label>
                    <span>{t(lang, "slide-note-label")}</span>
                    <textarea rows="2" prop:value=slide.note.clone() data-testid="slide-note"
                        on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |d| if let Some(s) = d.get_mut(i) { s.note = v }), true) }></textarea>
                </label>
                <div class="slide-actions">
                    <button type="button" disabled=i == 0 aria-label=t_with(lang, "slide-up", &[("n", Arg::Num(n as f64))])
                        data-testid="slide-up" on:click=move |_| edit(Box::new(move |d| d.swap(i, i - 1)), false)>"↑"</button>
                    <button type="button" disabled=i == last aria-label=t_with(lang, "slide-down", &[("n", Arg::Num(n as f64))])
                        data-testid="slide-down" on:click=move |_| edit(Box::new(move |d| d.swap(i, i + 1)), false)>"↓"</button>
                    <button type="button" aria-label=t_with(lang, "slide-remove", &[("n", Arg::Num(n as f64))])
                        data-testid="slide-remove" on:click=move |_| edit(Box::new(move |d| { d.remove(i); }), false)>"✕"</button>
                </div>
            </li>
        }
    };
    let slides = move || {
        state.address.with(|q| {
            q.deck
                .iter()
                .cloned()
                .enumerate()
                .map(|(i, s)| (i, s, q.deck.len()))
                .collect::<Vec<_>>()
        })
    };
    view! {
            <div class="deck-body">
                <Show when=move || { count() == 0 }>
                    <div class="deck-ready">
                        <button type="button" class="primary" data-testid="deck-present-ready" on:click=present_ready>{state.t("deck-present")}</button>
                        <p class="small">{state.t("deck-ready-hint")}</p>
                    </div>
                </Show>
                <button type="button" data-testid="deck-add" on:click=add>{state.t("deck-add")}</button>
                <ol class="plain deck-slides">
                    <For each=slides key=|item| item.clone() children=slide_item/>
                </ol>
                <div class="deck-actions">
                    <Show when=move || { count() > 0 }>
                        <a class="button" href=present_href data-testid="deck-present" on:click=move |_| crate::browser::request_fullscreen()>{state.t("deck-present")}</a>
                        <button type="button" data-testid="deck-download" on:click=download>{state.t("deck-download")}</button>
                        <button type="button" data-testid="deck-copy" on:click=copy>{state.t("deck-copy")}</button>
                    </Show>
                    <label class="file-button">
                        <span>{state.t("deck-open")}</span>
                        <input type="file" accept=".json,application/json" data-testid="deck-file" on:change=open_file/>
                    </label>
                </div>
                <p class="small" role="status" data-testid="deck-message">{move || message.get()}</p>
            </div>
    }
}
