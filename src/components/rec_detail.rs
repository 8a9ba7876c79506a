//! One recommendation at its own address: full text, where it is recorded, every assessment with
//! its evidence and citation, and the consultations that discussed its themes.

use crate::chunks::{self, Part};
use crate::components::status::StatusLabel;
use crate::state::use_app;
use crate::tracker::Assess;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::explore::{consultations_for, find};
use upr_core::model::StatusCategory;
use upr_core::query::Query;
use upr_core::{format, t, t_with, Arg, Loaded};

#[component]
pub fn RecDetail(loaded: Arc<Loaded>, id: String) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let back = move || {
        state.href(&Query {
            rec: None,
            ..state.shown.get()
        })
    };
    let Some(i) = find(&loaded.dataset, &id) else {
        return view! { <p><a href=back>{state.t("back-to-list")}</a></p> }.into_any();
    };
    let ds = &loaded.dataset;
    let r = &ds.recommendations[i];
    let document = ds.documents[r.document].id.clone();
    let source = if r.paragraph.trim().is_empty() {
        t_with(
            lang,
            "detail-source-document",
            &[("document", Arg::Str(document))],
        )
    } else {
        t_with(
            lang,
            "detail-source",
            &[
                ("document", Arg::Str(document)),
                ("paragraph", Arg::Str(r.paragraph.clone())),
            ],
        )
    };
    // The State's position (the UPR's), or the mechanism that made it.
    let response = match (r.response, r.response_document) {
        (Some(response), Some(d)) => {
            let args = [
                ("response", Arg::Str(t(lang, response.message_key()))),
                ("document", Arg::Str(ds.documents[d].id.clone())),
                (
                    "paragraph",
                    Arg::Str(r.response_paragraph.clone().unwrap_or_default()),
                ),
            ];
            match r.response_paragraph {
                Some(_) => t_with(lang, "detail-response-at", &args),
                None => t_with(lang, "detail-response", &args[..2]),
            }
        }
        _ => t_with(
            lang,
            "detail-mechanism",
            &[(
                "mechanism",
                Arg::Str(upr_core::facets::mechanism_name(
                    r.mechanism.as_deref().unwrap_or(upr_core::model::UPR),
                    lang,
                )),
            )],
        ),
    };
    let annotation = r.annotation.as_ref().map(|a| {
        let text = t_with(lang, "detail-annotation", &[("id", Arg::Str(a.clone()))]);
        view! { <p class="small" data-testid="detail-annotation">{text}</p> }
    });
    let heading = match &r.mechanism {
        Some(m) => format!("{} · {m}", format::reference(ds, r)),
        None => format!("{} · {}", r.paragraph, r.states.join(", ")),
    };
    // OHCHR's coding, where the data has it: one line each.
    let coded = [
        ("detail-ohchr-themes", &r.ohchr_themes),
        ("detail-persons", &r.persons),
        ("detail-sdgs", &r.sdgs),
    ]
    .into_iter()
    .filter(|(_, list)| !list.is_empty())
    .map(|(key, list)| {
        let text = t_with(lang, key, &[("list", Arg::Str(list.join("; ")))]);
        view! { <p class="small" data-testid=key>{text}</p> }
    })
    .collect_view();
    let themes = r
        .themes
        .iter()
        .map(|&th| ds.themes[th].name.get(lang).to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let assessments = loaded.prepared.assessments[i]
        .iter()
        .map(|&a| {
            let a = &ds.assessments[a];
            let src = &ds.sources[a.source];
            let by = t_with(
                lang,
                "detail-by",
                &[
                    ("source", Arg::Str(src.title.get(lang).to_string())),
                    ("kind", Arg::Str(t(lang, src.kind.message_key()))),
                    ("date", Arg::Str(format::date(lang, a.date))),
                ],
            );
            let region = a.region.map(|reg| {
                view! { <p>{t_with(lang, "detail-region", &[("region", Arg::Str(ds.regions[reg].name.get(lang).to_string()))])}</p> }
            });
            let note = a.note.as_ref().map(|n| view! { <p class="note">{n.get(lang).to_string()}</p> });
            view! {
                <li class="card assessment" data-testid="assessment">
                    <p><StatusLabel category=StatusCategory::Rated(a.status)/>" "{by}</p>
                    {region}
                    {(!a.evidence.is_empty()).then(|| view! { <blockquote><strong>{t(lang, "detail-evidence")}": "</strong>{a.evidence.clone()}</blockquote> })}
                    {(!a.citation.is_empty()).then(|| view! { <p class="small">{t(lang, "detail-citation")}": "{a.citation.clone()}</p> })}
                    {note}
                </li>
            }
        })
        .collect_view();
    let none = loaded.prepared.assessments[i]
        .is_empty()
        .then(|| view! { <p><StatusLabel category=StatusCategory::NotAssessed/>" "{t(lang, "detail-no-assessments")}</p> });
    let (assess_data, assess_id) = (loaded.clone(), id.clone());
    let assess_part: Box<dyn Fn() -> chunks::AssessLoading + Send + Sync> =
        Box::new(move || chunks::assess(Assess::Rec(assess_data.clone(), assess_id.clone())));
    let consultations: Vec<usize> = consultations_for(ds, i);
    let no_consultations = consultations
        .is_empty()
        .then(|| view! { <p class="small">{t(lang, "detail-no-consultations")}</p> });
    let consultation_items = consultations
        .into_iter()
        .map(|c| {
            let c = &ds.consultations[c];
            view! { <li>{format::when(lang, c.when)}" — "{c.title.get(lang).to_string()}</li> }
        })
        .collect_view();
    view! {
        <article class="rec-detail" data-testid="recommendation-detail">
            <p><a href=back data-testid="back-to-list">"← "{state.t("back-to-list")}</a></p>
            <h3>{heading}</h3>
            <p class="rec-full" data-testid="detail-text">{r.text.clone()}</p>
            <p class="small">{source}</p>
            <p class="small" data-testid="detail-response">{response}</p>
            {annotation}
            {(!themes.is_empty()).then(|| view! { <p class="small">{t(lang, "themes")}": "{themes}</p> })}
            {coded}
            <h4>{state.t("detail-assessments")}</h4>
            {none}
            <ul class="plain">{assessments}</ul>
            <Part load=assess_part quiet=true/>
            <h4>{state.t("detail-consultations")}</h4>
            {no_consultations}
            <ul>{consultation_items}</ul>
        </article>
    }
    .into_any()
}
