//! The overview: for each cycle, what was received, supported and noted, and how many
//! recommendations each kind of assessor rated fully / partially / not implemented.

use crate::components::charts_when_near::ChartsWhenNear;
use crate::components::cycle_card::CycleCard;
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::summary::cycle_summaries;
use upr_core::Loaded;

#[component]
pub fn Overview(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let summaries = cycle_summaries(&loaded.dataset, &loaded.prepared.latest);
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
