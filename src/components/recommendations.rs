//! The recommendations explorer: toolbar, filters with counts, the traffic-light table one page at a
//! time, or one recommendation's detail when the URL names it. Everything lives in the URL.

use crate::components::explorer_toolbar::Toolbar;
use crate::components::filters::FilterPanel;
use crate::components::rec_detail::RecDetail;
use crate::components::rec_table::RecTable;
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::explore::{evaluate_after, rows_of, Evaluation};
use upr_core::facets::{facets_of, Facets};
use upr_core::query::Query;
use upr_core::{t_with, Arg, Loaded};

/// What the filters select, as memos over the shown query (checked against the data: a value the
/// data does not know is ignored, and the notice names it): the matching rows in order, and each
/// filter value's count. The explorer and the overview's charts read the same.
#[derive(Clone, Copy)]
pub struct Selection {
    pub query: Memo<Query>,
    /// Per row of the dataset: which filters it fails, and the status it shows.
    pub evaluation: Memo<Evaluation>,
    pub rows: Memo<Vec<usize>>,
    pub facets: Memo<Facets>,
}

impl Selection {
    pub fn new(loaded: &Arc<Loaded>) -> Self {
        let state = use_app();
        let query = state.shown;
        let l = loaded.clone();
        // The previous evaluation lets a search that grows (typing on) look only at the rows it
        // matched.
        let evaluation = Memo::new(move |previous: Option<&Evaluation>| {
            query.with(|q| evaluate_after(&l.dataset, &l.prepared, q, previous))
        });
        let l = loaded.clone();
        let rows =
            Memo::new(move |_| query.with(|q| evaluation.with(|e| rows_of(&l.prepared, q, e))));
        let l = loaded.clone();
        let facets = Memo::new(move |_| evaluation.with(|e| facets_of(&l.dataset, &l.prepared, e)));
        Self {
            query,
            evaluation,
            rows,
            facets,
        }
    }
}

#[component]
pub fn RecommendationsView(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let Selection {
        query,
        evaluation,
        rows,
        facets: facet_counts,
    } = Selection::new(&loaded);
    let open = Memo::new(move |_| query.with(|q| q.rec.clone()));
    let total = loaded.dataset.recommendations.len();
    let showing = move || {
        t_with(
            state.lang.get(),
            "showing-rows",
            &[
                ("shown", Arg::Num(rows.with(Vec::len) as f64)),
                ("total", Arg::Num(total as f64)),
            ],
        )
    };
    let l = loaded.clone();
    view! {
        <section aria-labelledby="recommendations-title" class="explorer">
            <h2 id="recommendations-title">{state.t("recommendations-title")}</h2>
            {move || match open.get() {
                Some(id) => view! { <RecDetail loaded=l.clone() id=id/> }.into_any(),
                None => {
                    let l = l.clone();
                    view! {
                        {view! { <p class="lead" role="status" aria-live="polite" data-testid="recommendations-count">{showing}</p> }.attr("elementtiming", "upr-data")}
                        <Toolbar loaded=l.clone() query=query rows=rows/>
                        <div class="explorer-layout">
                            <FilterPanel loaded=l.clone() query=query facets=facet_counts/>
                            <RecTable loaded=l query=query rows=rows evaluation=evaluation/>
                        </div>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
