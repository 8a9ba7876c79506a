//! Compare and agree: for the filtered list, each assessor's latest status and evidence side by
//! side, the recommendations whose assessors disagree first; a validation meeting records the
//! status it agreed (an assessment by the meeting, with the decision's note). "One at a time"
//! shows one recommendation per screen in large type for a projector, with the session's keys:
//! 1, 2, 3 record the agreed status, → and ← move.

use crate::components::rate_view::filtered_list;
use crate::components::status::StatusLabel;
use crate::state::use_app;
use crate::tracker;
use crate::tracker::typing;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::assess::compare::{rows as compare_rows, CompareRow};
use upr_core::assess::session::Key;
use upr_core::assess::{Act, Assessor, Entry};
use upr_core::model::{AssessorKind, Status, StatusCategory};
use upr_core::query::View;
use upr_core::{format, t, t_with, Arg, Loaded};
use wasm_bindgen::JsCast;

/// How many recommendations the list shows at first (and adds with "Show more").
const STEP: usize = 25;

#[component]
pub fn ValidateView(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let (_, list) = filtered_list(&loaded);
    let meeting_name = RwSignal::new(t_with(
        lang,
        "validate-meeting-default",
        &[("date", Arg::Str(tracker::today()))],
    ));
    let meeting = Memo::new(move |_| {
        let name = meeting_name.get();
        (!name.trim().is_empty()).then(|| Assessor::new(&name, AssessorKind::Other))
    });
    let base = loaded.clone();
    let data = Memo::new_with_compare(
        move |_| state.tracker.shown(&base),
        |a: Option<&Arc<Loaded>>, b: Option<&Arc<Loaded>>| match (a, b) {
            (Some(a), Some(b)) => !Arc::ptr_eq(a, b),
            _ => true,
        },
    );
    let rows = Memo::new(move |_| {
        data.with(|d| list.with(|l| meeting.with(|m| compare_rows(d, l, m.as_ref()))))
    });
    let open_count = move || rows.with(|r| r.iter().filter(|r| r.open()).count());
    let agreed_count = move || rows.with(|r| r.iter().filter(|r| r.disagree && !r.open()).count());
    let shown = RwSignal::new(STEP);
    // One at a time is a presentation: the page's large high-contrast type (the deck's), full
    // screen where the browser allows it; a presented deck's slide of this view starts in it.
    let presenting = RwSignal::new(state.shown.with_untracked(|q| q.slide.is_some()));
    let set_page_class = move |on: bool| {
        let deck = state.shown.with_untracked(|q| q.slide.is_some());
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = if on || deck {
                root.class_list().add_1("presenting")
            } else {
                root.class_list().remove_1("presenting")
            };
        }
    };
    Effect::new(move |was: Option<bool>| {
        let on = presenting.get();
        if was.is_some_and(|was| !was) && on {
            crate::browser::request_fullscreen();
        }
        set_page_class(on);
        on
    });
    on_cleanup(move || set_page_class(false));
    let at = RwSignal::new(0usize);
    let notice = RwSignal::new(None::<&'static str>);
    let agree = move |row: usize, status: Status, note: String| {
        let Some(who) = meeting.get_untracked() else {
            notice.set(Some("validate-name-first"));
            return;
        };
        notice.set(None);
        let rec = data.with_untracked(|d| d.dataset.recommendations[row].id.clone());
        let entry = Entry {
            note: note.trim().to_string(),
            ..Entry::new(&rec, who, Some(status), &tracker::today())
        };
        tracker::record(state, None, Act::Put { entry });
    };
    // The decision's note of the recommendation shown one at a time.
    let big_note = RwSignal::new(String::new());
    // The keys, while one recommendation is shown at a time.
    // The keys, while one recommendation is shown at a time. Heard before the deck's presenter (on
    // the document, capturing): within a presented deck, → and ← move between recommendations and
    // pass to the presenter (the next or previous slide) only at the ends of the list.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if !presenting.get_untracked()
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.alt_key()
            || typing(&ev)
        {
            return;
        }
        let deck = state.shown.with_untracked(|q| q.slide.is_some());
        if ev.key() == "Escape" {
            if !deck {
                presenting.set(false);
            }
            return;
        }
        let n = rows.with_untracked(Vec::len);
        match Key::of(&ev.key()) {
            Some(Key::Next) if at.get_untracked() + 1 < n => at.update(|a| *a += 1),
            Some(Key::Previous) if at.get_untracked() > 0 => at.update(|a| *a -= 1),
            Some(Key::Rate(Some(status))) => {
                if let Some(row) = rows.with_untracked(|r| r.get(at.get_untracked()).map(|r| r.row))
                {
                    agree(row, status, big_note.get_untracked());
                }
            }
            _ => return,
        }
        ev.prevent_default();
        ev.stop_propagation();
    };
    let on_key = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(on_key);
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(d) = &document {
        let _ = d.add_event_listener_with_callback_and_bool(
            "keydown",
            on_key.as_ref().unchecked_ref(),
            true,
        );
    }
    let keys = send_wrapper::SendWrapper::new((document, on_key));
    on_cleanup(move || {
        let (document, on_key) = keys.take();
        if let Some(d) = document {
            let _ = d.remove_event_listener_with_callback_and_bool(
                "keydown",
                on_key.as_ref().unchecked_ref(),
                true,
            );
        }
    });

    let item = move |c: CompareRow, big: bool| {
        data.with_untracked(|d| {
            let ds = &d.dataset;
            let r = &ds.recommendations[c.row];
            let heading = format!("{} · {}", format::reference(ds, r), r.states.join(", "));
            let voices = c
                .voices
                .iter()
                .map(|v| {
                    let a = &ds.assessments[v.assessment];
                    let s = &ds.sources[v.source];
                    view! {
                        <li class="card voice" data-testid="voice">
                            <p><strong>{s.title.get(lang).to_string()}</strong>" ("{t(lang, s.kind.message_key())}")"</p>
                            <p><StatusLabel category=StatusCategory::Rated(v.status)/>" · "{format::date(lang, v.date)}</p>
                            {(!a.evidence.is_empty()).then(|| view! { <blockquote>{a.evidence.clone()}</blockquote> })}
                            {a.note.as_ref().map(|n| view! { <p class="note">{n.get(lang).to_string()}</p> })}
                        </li>
                    }
                })
                .collect_view();
            let none = c.voices.is_empty().then(|| view! { <p><StatusLabel category=StatusCategory::NotAssessed/></p> });
            let state_word = if c.open() {
                "validate-open"
            } else if c.disagree {
                "validate-agreed"
            } else {
                "validate-same"
            };
            let row = c.row;
            let note = if big { big_note } else { RwSignal::new(String::new()) };
            let buttons = Status::ALL
                .into_iter()
                .enumerate()
                .map(|(k, s)| {
                    let key = (k + 1).to_string();
                    view! {
                        <button type="button" class=format!("rate-key {}", StatusCategory::Rated(s).word())
                            aria-keyshortcuts=big.then(|| key.clone())
                            data-testid=format!("agree-{}", s.word())
                            aria-pressed=(c.agreed == Some(s)).to_string()
                            on:click=move |_| agree(row, s, note.get_untracked())>
                            {big.then(|| view! { <kbd>{key.clone()}</kbd>" " })}
                            {t(lang, StatusCategory::Rated(s).message_key())}
                        </button>
                    }
                })
                .collect_view();
            view! {
                <li class=if big { "card compare big" } else { "card compare" } data-testid="compare-row"
                    data-rec=r.id.clone() data-open=c.open().to_string()>
                    <h3>{heading}</h3>
                    <p class="small" data-testid="compare-state">{t(lang, state_word)}</p>
                    <p class=if big { "rec-full" } else { "rec-text" }>{r.text.clone()}</p>
                    <ul class="voices plain">{voices}</ul>
                    {none}
                    <fieldset class="agree">
                        <legend>{t(lang, "validate-record")}</legend>
                        <label class="wide">{t(lang, "validate-note")}
                            <textarea rows="2" data-testid="agree-note" prop:value=move || note.get()
                                on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                        </label>
                        <div class="rate-keys" role="group">{buttons}</div>
                    </fieldset>
                </li>
            }
        })
    };
    let list_view = move || {
        let n = shown.get();
        rows.get()
            .into_iter()
            .take(n)
            .map(|c| item(c, false))
            .collect_view()
    };
    let one = move || {
        let i = at.get();
        big_note.set(String::new());
        let total = rows.with(Vec::len);
        rows.with(|r| r.get(i).cloned()).map(|c| {
            let place = t_with(
                lang,
                "rate-place",
                &[("n", Arg::Num((i + 1) as f64)), ("total", Arg::Num(total as f64))],
            );
            view! {
                <p class="small" data-testid="validate-place">{place}" · "{t(lang, "validate-present-keys")}</p>
                <ul class="plain">{item(c, true)}</ul>
            }
        })
    };
    let more = move || rows.with(Vec::len) > shown.get();
    let rate = move || state.href(&state.shown.get().with_view(View::Rate));
    view! {
        <section class=move || if presenting.get() { "validate presenting-one" } else { "validate" }
            aria-labelledby="validate-title" data-testid="validate-view">
            <h2 id="validate-title">{t(lang, "nav-validate")}</h2>
            <p class="small validate-intro">{t(lang, "validate-intro")}" "<a href=rate>{t(lang, "nav-rate")}</a></p>
            <label class="meeting">
                {t(lang, "validate-meeting")}" "
                <input type="text" data-testid="meeting-name" prop:value=move || meeting_name.get()
                    on:input=move |ev| meeting_name.set(event_target_value(&ev))/>
            </label>
            <p role="status" data-testid="validate-summary">
                {move || t_with(state.lang.get(), "validate-summary", &[
                    ("open", Arg::Num(open_count() as f64)),
                    ("agreed", Arg::Num(agreed_count() as f64)),
                    ("total", Arg::Num(rows.with(Vec::len) as f64)),
                ])}
            </p>
            {move || notice.get().map(|id| view! { <p class="notice" role="alert" data-testid="validate-notice">{t(state.lang.get(), id)}</p> })}
            <button type="button" data-testid="validate-present" aria-pressed=move || presenting.get().to_string()
                on:click=move |_| presenting.update(|p| *p = !*p)>
                {move || t(state.lang.get(), if presenting.get() { "validate-list" } else { "validate-one" })}
            </button>
            <Show when=move || state.tracker.ready.get() fallback=move || view! {
                <p class="loading" role="status">{t(lang, "part-loading")}</p>
            }>
            <Show when=move || presenting.get() fallback=move || view! {
                <ul class="plain compare-list">{list_view}</ul>
                <Show when=more>
                    <button type="button" data-testid="validate-more" on:click=move |_| shown.update(|n| *n += STEP)>
                        {t(lang, "validate-more")}
                    </button>
                </Show>
            }>
                {one}
            </Show>
            </Show>
        </section>
    }
}
