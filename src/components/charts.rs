//! The overview's charts. They count the recommendations that match the URL's filters (the same rows
//! as the recommendations table) and follow every change of the URL in place: one memo per chart
//! (`ChartId`) from the core crate, one card per chart. The filters themselves sit above the charts,
//! folded, with their counts: the same filters and the same address as the Recommendations view.

use crate::components::chart_card::ChartCard;
use crate::components::filters::FilterPanel;
use crate::components::recommendations::Selection;
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::charts::{showing_line, ChartContext, ChartId};
use upr_core::{t, Loaded};

#[component]
pub fn Charts(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let reduced_motion = crate::media::prefers_reduced_motion();
    let Selection {
        query,
        rows,
        facets,
        ..
    } = Selection::new(&loaded);
    let l = loaded.clone();
    let showing = move || {
        query.with(|q| {
            let line = showing_line(&l.dataset, q, rows.with(Vec::len), lang)?;
            let clear = state.href(&q.cleared());
            Some(view! {
                <p class="charts-showing" data-testid="charts-showing">
                    {line}" "
                    <a href=clear data-testid="charts-clear">{t(lang, "charts-clear-filters")}</a>
                </p>
            })
        })
    };
    // One memo per chart: each follows the rows and the query on its own.
    // The charts this data has a place for (the chart by SDG needs SDGs).
    let applies = |id: ChartId| {
        query.with_untracked(|q| {
            id.applies(&ChartContext {
                ds: &loaded.dataset,
                prepared: &loaded.prepared,
                rows: &[],
                query: q,
                lang,
                reduced_motion,
            })
        })
    };
    let cards = ChartId::ALL
        .into_iter()
        .filter(|id| applies(*id))
        .map(|id| {
            let l = loaded.clone();
            let spec = Memo::new(move |_| {
                query.with(|q| {
                    rows.with(|rows| {
                        id.spec(&ChartContext {
                            ds: &l.dataset,
                            prepared: &l.prepared,
                            rows,
                            query: q,
                            lang: q.lang,
                            reduced_motion,
                        })
                    })
                })
            });
            view! { <ChartCard spec=spec/> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="charts-title" class="charts" data-testid="charts">
            <h2 id="charts-title">{t(lang, "charts-title")}</h2>
            <p class="small">{t(lang, "charts-intro")}</p>
            <div class="overview-filters">
                <FilterPanel loaded=loaded query=query facets=facets folded=true/>
            </div>
            {showing}
            <div class="chart-grid">{cards}</div>
        </section>
    }
}
