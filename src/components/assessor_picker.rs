//! Who a rating is by: one of the dataset's assessors, one named in this browser before, or a new
//! one named here with its kind. This browser remembers the last one chosen.

use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::assess::session::same_assessor;
use upr_core::assess::Assessor;
use upr_core::model::AssessorKind;
use upr_core::{t, t_with, Arg, Loaded};

/// The assessors to choose from: the data's sources, then those named in this browser's log.
pub fn known_assessors(loaded: &Loaded, lang: upr_core::Lang) -> Vec<(Assessor, String)> {
    let mut list: Vec<(Assessor, String)> = Vec::new();
    let mut add = |a: Assessor, title: String| {
        if !list.iter().any(|(b, _)| same_assessor(&a, b)) {
            let kind = a
                .kind()
                .map(|k| t(lang, k.message_key()))
                .unwrap_or_else(|| a.kind.clone());
            list.push((a, format!("{title} ({kind})")));
        }
    };
    for s in &loaded.dataset.sources {
        add(Assessor::of_source(s), s.title.get(lang).to_string());
    }
    crate::tracker::log().with_untracked(|log| {
        for e in log.as_ref().map(|l| l.entries()).unwrap_or_default() {
            let name = e.entry.assessor.name.clone();
            add(e.entry.assessor, name);
        }
    });
    list
}

const NEW: &str = "+";

/// A choice of assessor written into `chosen`; `None` until one is chosen.
#[component]
pub fn AssessorPicker(
    loaded: Arc<Loaded>,
    chosen: RwSignal<Option<Assessor>>,
    /// The `id` of the select, for a label elsewhere.
    #[prop(optional)]
    id: &'static str,
) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let known = known_assessors(&loaded, lang);
    let naming = RwSignal::new(chosen.with_untracked(|c| {
        c.as_ref()
            .is_some_and(|c| !known.iter().any(|(k, _)| same_assessor(k, c)))
    }));
    let name = RwSignal::new(
        chosen.with_untracked(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default()),
    );
    let kind = RwSignal::new(chosen.with_untracked(|c| {
        c.as_ref()
            .and_then(Assessor::kind)
            .unwrap_or(AssessorKind::Nhri)
    }));
    let selected_index = chosen.with_untracked(|c| {
        c.as_ref()
            .and_then(|c| known.iter().position(|(k, _)| same_assessor(k, c)))
    });
    let options = known.clone();
    let choose = move |value: String| {
        if value == NEW {
            naming.set(true);
            chosen.set(None);
            return;
        }
        naming.set(false);
        chosen.set(
            value
                .parse::<usize>()
                .ok()
                .and_then(|i| options.get(i))
                .map(|(a, _)| a.clone()),
        );
    };
    let set_new = move || {
        let n = name.get_untracked();
        chosen.set((!n.trim().is_empty()).then(|| Assessor::new(&n, kind.get_untracked())));
    };
    let select_id = if id.is_empty() { "assessor-choice" } else { id };
    view! {
        <div class="assessor-picker" data-testid="assessor-picker">
            <label for=select_id>{t(lang, "assess-assessor")}</label>
            <select id=select_id name="assessor" data-testid="assessor-choice"
                on:change=move |ev| choose(event_target_value(&ev))>
                <option value="" selected=selected_index.is_none() && !naming.get_untracked()>
                    {t(lang, "assess-assessor-choose")}
                </option>
                {known.iter().enumerate().map(|(i, (_, label))| view! {
                    <option value=i.to_string() selected=selected_index == Some(i)>{label.clone()}</option>
                }).collect_view()}
                <option value=NEW selected=naming.get_untracked()>{t(lang, "assess-assessor-new")}</option>
            </select>
            <Show when=move || naming.get()>
                <span class="assessor-new">
                    <label>
                        {t(lang, "assess-assessor-name")}" "
                        <input type="text" name="assessor-name" data-testid="assessor-name" required=true
                            prop:value=move || name.get()
                            on:input=move |ev| { name.set(event_target_value(&ev)); set_new(); }/>
                    </label>
                    " "
                    <label>
                        {t(lang, "assess-assessor-kind")}" "
                        <select name="assessor-kind" data-testid="assessor-kind"
                            on:change=move |ev| {
                                if let Some(k) = AssessorKind::parse(&event_target_value(&ev)) {
                                    kind.set(k);
                                    set_new();
                                }
                            }>
                            {AssessorKind::ALL.into_iter().map(|k| view! {
                                <option value=k.word() selected=kind.get_untracked() == k>{t(lang, k.message_key())}</option>
                            }).collect_view()}
                        </select>
                    </label>
                </span>
            </Show>
            {move || chosen.get().map(|c| view! {
                <span class="visually-hidden" data-testid="assessor-chosen">
                    {t_with(lang, "assess-assessor-is", &[("assessor", Arg::Str(c.name))])}
                </span>
            })}
        </div>
    }
}
