//! Adding or editing one assessment: assessor, status, date (today by default), evidence, source
//! or citation, region and a note. What is typed is kept as a draft at each keystroke, so closing
//! the tab loses nothing; a date in the future or before the review is refused with the reason.

use crate::components::assessor_picker::AssessorPicker;
use crate::state::use_app;
use crate::tracker::{self, Draft};
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::assess::{check_entry, Act, Assessor, Entry, EntryProblem, EntryState};
use upr_core::date::PartialDate;
use upr_core::model::{Status, StatusCategory};
use upr_core::{t, Loaded};
use wasm_bindgen::JsCast;

/// `editing`: the entry recorded here that the form changes (`None`: a new one); `status`: the
/// status a new entry starts with.
#[component]
pub fn AssessForm(
    loaded: Arc<Loaded>,
    recommendation: String,
    #[prop(optional)] editing: Option<EntryState>,
    #[prop(optional)] status: Option<Status>,
    /// Where the cursor goes first (`evidence` from the rating session's E).
    #[prop(optional)]
    focus: &'static str,
    on_done: Callback<()>,
) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let editing_id = editing.as_ref().map(|e| e.id.clone());
    let draft = tracker::draft(&recommendation).filter(|d| d.editing == editing_id);
    let restored = draft.is_some();
    let start = draft.map(|d| d.entry).unwrap_or_else(|| match &editing {
        Some(e) => e.entry.clone(),
        None => Entry::new(
            &recommendation,
            tracker::me().unwrap_or(Assessor {
                name: String::new(),
                kind: String::new(),
            }),
            status,
            &tracker::today(),
        ),
    });
    let assessor = RwSignal::new((!start.assessor.name.is_empty()).then(|| start.assessor.clone()));
    let entry = RwSignal::new(start);
    let problems = RwSignal::new(Vec::<EntryProblem>::new());
    // Every keystroke is kept as a draft.
    let keep = {
        let editing_id = editing_id.clone();
        move || {
            let mut e = entry.get_untracked();
            if let Some(a) = assessor.get_untracked() {
                e.assessor = a;
            }
            tracker::set_draft(&Draft {
                editing: editing_id.clone(),
                entry: e,
            });
        }
    };
    let keep = StoredValue::new(keep);
    Effect::new(move |_| {
        assessor.track();
        entry.track();
        keep.with_value(|k| k());
    });
    let ds_loaded = loaded.clone();
    let save = {
        let recommendation = recommendation.clone();
        move || {
            let mut e = entry.get_untracked();
            e.assessor = assessor.get_untracked().unwrap_or(Assessor {
                name: String::new(),
                kind: String::new(),
            });
            e.evidence = e.evidence.trim().to_string();
            e.citation = e.citation.trim().to_string();
            e.note = e.note.trim().to_string();
            let today = PartialDate::parse(&tracker::today()).unwrap_or(PartialDate {
                year: 9999,
                month: None,
                day: None,
            });
            let found = check_entry(&ds_loaded.dataset, &e, today);
            if !found.is_empty() {
                problems.set(found);
                return;
            }
            problems.set(Vec::new());
            tracker::set_me(&e.assessor);
            tracker::record(state, editing_id.as_deref(), Act::Put { entry: e });
            tracker::clear_draft(&recommendation);
            on_done.run(());
        }
    };
    let cancel = {
        let recommendation = recommendation.clone();
        move || {
            tracker::clear_draft(&recommendation);
            on_done.run(());
        }
    };
    let problem_of = move |field: &'static str| {
        move || {
            problems.with(|list| {
                list.iter()
                    .filter(|p| p.field() == field)
                    .map(|p| p.message(state.lang.get()))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        }
    };
    let invalid = move |field: &'static str| {
        move || {
            problems
                .with(|list| list.iter().any(|p| p.field() == field))
                .to_string()
        }
    };
    let field_text = |get: fn(&Entry) -> &String, set: fn(&mut Entry, String)| {
        (
            move || entry.with(|e| get(e).clone()),
            move |ev: leptos::ev::Event| entry.update(|e| set(e, event_target_value(&ev))),
        )
    };
    let (date_value, date_input) = field_text(|e| &e.date, |e, v| e.date = v);
    let (evidence_value, evidence_input) = field_text(|e| &e.evidence, |e, v| e.evidence = v);
    let (citation_value, citation_input) = field_text(|e| &e.citation, |e, v| e.citation = v);
    let (note_value, note_input) = field_text(|e| &e.note, |e, v| e.note = v);
    let regions = loaded
        .dataset
        .regions
        .iter()
        .map(|r| (r.code.clone(), r.name.get(lang).to_string()))
        .collect::<Vec<_>>();
    let region_now = entry.with_untracked(|e| e.region.clone());
    let statuses = Status::ALL
        .into_iter()
        .map(|s| {
            let checked = move || entry.with(|e| e.status == s.word());
            view! {
                <label class="status-choice">
                    <input type="radio" name="status" value=s.word() prop:checked=checked
                        data-testid=format!("form-status-{}", s.word())
                        on:change=move |_| entry.update(|e| e.status = s.word().to_string())/>
                    " "{t(lang, StatusCategory::Rated(s).message_key())}
                </label>
            }
        })
        .collect_view();
    let heading = if editing.is_some() {
        "assess-edit-title"
    } else {
        "assess-add-title"
    };
    // The rating session's E puts the cursor in the evidence; a new form starts at its top.
    let evidence_ref = NodeRef::<leptos::html::Textarea>::new();
    let form_ref = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| {
        if focus == "evidence" {
            if let Some(el) = evidence_ref.get() {
                let _ = el.focus();
            }
        } else if let Some(form) = form_ref.get() {
            if let Ok(Some(first)) = form.query_selector("select, input") {
                if let Ok(el) = first.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
    });
    let save = StoredValue::new(save);
    let cancel = StoredValue::new(cancel);
    view! {
        <form class="card assess-form" data-testid="assess-form" novalidate=true node_ref=form_ref
            on:submit=move |ev| { ev.prevent_default(); save.with_value(|s| s()); }
            on:keydown=move |ev| if ev.key() == "Escape" { ev.stop_propagation(); cancel.with_value(|c| c()); }>
            <h4>{t(lang, heading)}</h4>
            {restored.then(|| view! { <p class="small" role="status" data-testid="draft-restored">{t(lang, "assess-draft-restored")}</p> })}
            <AssessorPicker loaded=loaded.clone() chosen=assessor id="form-assessor"/>
            <p class="field-problem" role="alert" data-testid="problem-assessor">{problem_of("assessor")}</p>
            <fieldset aria-invalid=invalid("status")>
                <legend>{t(lang, "assess-status")}</legend>
                {statuses}
            </fieldset>
            <p class="field-problem" role="alert" data-testid="problem-status">{problem_of("status")}</p>
            <label>
                {t(lang, "assess-date")}" "
                <input type="date" name="date" data-testid="form-date" required=true
                    max=tracker::today() aria-invalid=invalid("date")
                    prop:value=date_value on:input=date_input/>
            </label>
            <p class="field-problem" role="alert" data-testid="problem-date">{problem_of("date")}</p>
            <label class="wide">
                {t(lang, "assess-evidence")}
                <textarea name="evidence" rows="4" data-testid="form-evidence" node_ref=evidence_ref
                    prop:value=evidence_value on:input=evidence_input></textarea>
            </label>
            <label class="wide">
                {t(lang, "assess-citation")}
                <input type="text" name="citation" data-testid="form-citation"
                    prop:value=citation_value on:input=citation_input/>
            </label>
            <label>
                {t(lang, "assess-region")}" "
                <select name="region" data-testid="form-region" aria-invalid=invalid("region")
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        entry.update(|e| e.region = (!v.is_empty()).then_some(v));
                    }>
                    <option value="" selected=region_now.is_none()>{t(lang, "assess-region-none")}</option>
                    {regions.into_iter().map(|(code, name)| {
                        let selected = region_now.as_deref() == Some(code.as_str());
                        view! { <option value=code.clone() selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
            </label>
            <p class="field-problem" role="alert" data-testid="problem-region">{problem_of("region")}</p>
            <label class="wide">
                {t(lang, "assess-note")}
                <textarea name="note" rows="2" data-testid="form-note"
                    prop:value=note_value on:input=note_input></textarea>
            </label>
            <p class="form-buttons">
                <button type="submit" class="button" data-testid="form-save">{t(lang, "assess-save")}</button>
                " "
                <button type="button" data-testid="form-cancel" on:click=move |_| cancel.with_value(|c| c())>{t(lang, "assess-cancel")}</button>
            </p>
        </form>
    }
}
