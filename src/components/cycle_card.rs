//! One UPR cycle on the overview: its review, what was received, supported and noted, and how the
//! recommendations were rated.

use crate::components::status::StatusLabel;
use crate::components::status_by_assessor::StatusByAssessor;
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::model::{Dataset, Status, StatusCategory};
use upr_core::summary::{CountsOrigin, CycleSummary};
use upr_core::{format, t, t_with, Arg, Loaded};

fn count_text(n: Option<usize>) -> String {
    n.map(|n| n.to_string()).unwrap_or_else(|| "—".into())
}

#[component]
pub fn CycleCard(loaded: Arc<Loaded>, summary: CycleSummary) -> impl IntoView {
    let state = use_app();
    let ds: &Dataset = &loaded.dataset;
    let cycle = &ds.cycles[summary.cycle];
    let n = cycle.number;
    let lang = state.lang.get_untracked();
    let heading = t_with(lang, "cycle-title", &[("number", Arg::Num(n as f64))]);
    let review = match (cycle.review_date, cycle.wg_session) {
        (Some(d), Some(s)) => Some(t_with(
            lang,
            "cycle-review",
            &[
                ("date", Arg::Str(format::date(lang, d))),
                ("session", Arg::Num(s as f64)),
            ],
        )),
        _ => None,
    };
    let docs = cycle
        .documents
        .iter()
        .map(|&d| format::document_name(lang, &ds.documents[d]))
        .collect::<Vec<_>>()
        .join("; ");
    let figure = |key: &'static str, value: Option<usize>| {
        // `elementtiming`: the benchmark reads when real data was first painted.
        let dd = view! { <dd data-testid=format!("cycle-{n}-{key}")>{count_text(value)}</dd> }
            .attr("elementtiming", "upr-data");
        view! {
            <div class="figure">
                <dt>{state.t(key)}</dt>
                {dd}
            </div>
        }
    };
    // How many of the listed recommendations any source has rated (only where they are listed).
    let assessed = (summary.origin == CountsOrigin::Dataset)
        .then(|| figure("assessed", Some(summary.overall.assessed())));
    let origin = match &summary.origin {
        CountsOrigin::Dataset => t(lang, "counts-from-dataset"),
        CountsOrigin::Published { source } => t_with(
            lang,
            "counts-published",
            &[("source", Arg::Str(ds.documents[*source].title.clone()))],
        ),
        CountsOrigin::Unknown => t(lang, "counts-unknown"),
    };
    let caveat = cycle.published.as_ref().and_then(|p| p.caveat.as_ref()).filter(|_| summary.origin != CountsOrigin::Dataset).map(|c| {
        view! { <p class="caveat"><strong>{state.t("caveat")}": "</strong>{c.get(lang).to_string()}</p> }
    });
    let note = cycle
        .note
        .as_ref()
        .map(|note| view! { <p class="note">{note.get(lang).to_string()}</p> });
    let by_kind = (!summary.by_kind.is_empty())
        .then(|| view! { <StatusByAssessor summary=summary.clone() number=n/> });
    let ratings = cycle
        .published_ratings
        .iter()
        .map(|r| {
            let kind = t(lang, r.assessor_kind.message_key());
            let by = t_with(lang, "published-rating-by", &[("kind", Arg::Str(kind)), ("source", Arg::Str(ds.documents[r.source].title.clone()))]);
            let labels = t_with(lang, "labels-as-published", &[("labels", Arg::Str(r.labels_as_published.join(" / ")))]);
            let date = r.date.map(|d| view! { <p class="small">{format::date(lang, d)}</p> });
            let base = r.base.as_ref().map(|b| view! { <p class="small" data-testid="published-rating-base">{b.get(lang).to_string()}</p> });
            let row = |status: Status, pct: f64| {
                view! { <li><StatusLabel category=StatusCategory::Rated(status)/>": "{format!("{pct} %")}</li> }
            };
            view! {
                <div class="published-rating" data-testid="published-rating">
                    <h4>{state.t("published-rating")}</h4>
                    <p>{by}</p>
                    {date}
                    <ul class="plain">
                        {row(Status::Fully, r.fully_pct)}
                        {row(Status::Partially, r.partially_pct)}
                        {row(Status::Not, r.not_pct)}
                    </ul>
                    <p class="small">{labels}</p>
                    {base}
                    <p class="caveat"><strong>{state.t("caveat")}": "</strong>{r.caveat.get(lang).to_string()}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <article class="card cycle" data-testid=format!("cycle-{n}")>
            <h3>{heading}</h3>
            <p class="small">{review}</p>
            <p class="small">{state.t("cycle-documents")}": "{docs}</p>
            <dl class="figures">
                {figure("received", summary.received)}
                {figure("supported", summary.supported)}
                {figure("noted", summary.noted)}
                {summary.supported_in_part.map(|n| figure("supported-in-part", Some(n)))}
                {figure("recommending-states", summary.recommending_states)}
                {assessed}
            </dl>
            <p class="small origin">{origin}</p>
            {caveat}
            {note}
            {by_kind}
            {ratings}
        </article>
    }
}
