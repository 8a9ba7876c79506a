//! The overview: for each cycle, what was received, supported and noted, and how many
//! recommendations each kind of assessor rated fully / partially / not implemented.

use crate::chunks::{self, Part};
use crate::components::status::StatusLabel;
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::model::{Dataset, Status};
use upr_core::summary::{
    cycle_summaries, latest_statuses, CountsOrigin, CycleSummary, StatusCounts,
};
use upr_core::{format, t, t_with, Arg, Loaded};

#[component]
pub fn Overview(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let summaries = {
        let ds = &loaded.dataset;
        cycle_summaries(ds, &latest_statuses(ds))
    };
    let cards = summaries
        .into_iter()
        .map(|s| view! { <CycleCard loaded=loaded.clone() summary=s/> })
        .collect_view();
    view! {
        <section aria-labelledby="overview-title">
            <h2 id="overview-title">{state.t("overview-title")}</h2>
            <div class="cycles">{cards}</div>
        </section>
        <ChartsWhenNear loaded=loaded.clone()/>
    }
}

/// The charts sit below the fold, and their code is a chunk of its own (with the charts' library
/// behind it): it is fetched when the charts come within a screen of the viewport or the page is
/// printed, not with the first view. A printout made before then says so.
#[component]
fn ChartsWhenNear(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let slot = NodeRef::<leptos::html::Div>::new();
    let near = crate::browser::near_screen(slot);
    let wanted = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false) || near.get() || state.printing.get()
    });
    move || {
        if wanted.get() {
            let loaded = loaded.clone();
            view! {
                <Part load=move || chunks::charts(loaded.clone()) print_note="charts-not-printed"/>
            }
            .into_any()
        } else {
            view! {
                <div node_ref=slot class="charts charts-waiting" data-testid="charts-waiting">
                    <h2>{state.t("charts-title")}</h2>
                    <p class="print-note">{state.t("charts-not-printed")}</p>
                </div>
            }
            .into_any()
        }
    }
}

fn count_text(n: Option<usize>) -> String {
    n.map(|n| n.to_string()).unwrap_or_else(|| "—".into())
}

#[component]
fn CycleCard(loaded: Arc<Loaded>, summary: CycleSummary) -> impl IntoView {
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
        .map(|&d| ds.documents[d].id.clone())
        .collect::<Vec<_>>()
        .join(", ");
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
            let kind = t(lang, &format!("assessor-{}", r.assessor_kind.word()));
            let by = t_with(lang, "published-rating-by", &[("kind", Arg::Str(kind)), ("source", Arg::Str(ds.documents[r.source].title.clone()))]);
            let labels = t_with(lang, "labels-as-published", &[("labels", Arg::Str(r.labels_as_published.join(" / ")))]);
            let date = r.date.map(|d| view! { <p class="small">{format::date(lang, d)}</p> });
            let base = r.base.as_ref().map(|b| view! { <p class="small" data-testid="published-rating-base">{b.get(lang).to_string()}</p> });
            let row = |status: Status, pct: f64| {
                view! { <li><StatusLabel status=Some(status)/>": "{format!("{pct} %")}</li> }
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

/// One row per status and one column per kind of assessor: the status words stand in full as
/// row headers, and a card holds the table however many kinds have rated (a column per status
/// was wider than a card at 1366 px).
#[component]
fn StatusByAssessor(summary: CycleSummary, number: u32) -> impl IntoView {
    let state = use_app();
    // Named by the cycle's number, as its card is (`cycle-1`, `status-by-assessor-1`).
    let n = number;
    let lang = state.lang.get_untracked();
    let kinds = summary
        .by_kind
        .iter()
        .map(|(k, _)| view! { <th scope="col">{t(lang, &format!("assessor-{}", k.word()))}</th> })
        .collect_view();
    let row = |status: Option<Status>, count: fn(&StatusCounts) -> usize| {
        let cells = summary
            .by_kind
            .iter()
            .map(|(_, c)| view! { <td>{count(c)}</td> })
            .collect_view();
        view! {
            <tr>
                <th scope="row"><StatusLabel status=status/></th>
                {cells}
            </tr>
        }
    };
    view! {
        // Keyboard users can scroll a table that is wider than its card.
        <div class="table-scroll" tabindex="0" role="region" aria-label=state.t("status-by-assessor")>
        <table class="status-table" data-testid=format!("status-by-assessor-{n}")>
            <caption>{state.t("status-by-assessor")}<span class="small">" "{state.t("status-by-assessor-caption")}</span></caption>
            <thead>
                <tr>
                    <th scope="col">{state.t("status-column")}</th>
                    {kinds}
                </tr>
            </thead>
            <tbody>
                {row(Some(Status::Fully), |c| c.fully)}
                {row(Some(Status::Partially), |c| c.partially)}
                {row(Some(Status::Not), |c| c.not)}
                {row(None, |c| c.not_assessed)}
            </tbody>
        </table>
        </div>
    }
}
