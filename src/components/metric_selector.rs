//! What the map colours the regions by.

use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::map::metric_choices;
use upr_core::query::MapMetric;
use upr_core::{t, Loaded};

/// The metric, as radio buttons; the shares are disabled, with the reason, when the dataset has no
/// region-specific ratings.
#[component]
pub fn MetricSelector(loaded: Arc<Loaded>, metric: Memo<MapMetric>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let choices = metric_choices(&loaded.dataset, lang)
        .into_iter()
        .map(|c| {
            let m = c.metric;
            let reason = c
                .reason
                .map(|r| view! { " "<span class="reason">"("{r}")"</span> });
            view! {
                <label class:disabled=!c.available>
                    <input
                        type="radio"
                        name="map-metric"
                        value=m.word()
                        data-testid=format!("metric-{}", m.word())
                        disabled=!c.available
                        prop:checked=move || metric.get() == m
                        on:change=move |_| state.update_query(false, |q| q.metric = m)
                    />
                    <span>{c.label}{reason}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="map-metrics" data-testid="map-metrics">
            <legend>{t(lang, "map-metric-legend")}</legend>
            {choices}
        </fieldset>
    }
}
