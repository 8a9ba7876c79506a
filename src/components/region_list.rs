//! Every region with the map's figure, as links that select it: the map's text alternative and the
//! way to choose a region without a mouse. The rows are drawn once; their figure, address and
//! `aria-current` follow the URL, so the focus stays where it is.

use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::map::{choose_region, metric_label, value_text, MapData};
use upr_core::{t, Loaded};

#[component]
pub fn RegionList(
    loaded: Arc<Loaded>,
    data: Memo<MapData>,
    selected: Memo<Vec<usize>>,
) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let ds = &loaded.dataset;
    let rows = (0..ds.regions.len())
        .map(|i| {
            let r = &ds.regions[i];
            let code = r.code.clone();
            let href = move || state.href(&state.shown.with(|q| choose_region(q, &code)));
            let current = move || selected.with(|s| s.contains(&i)).then_some("true");
            let value = move || data.with(|d| value_text(lang, &d.values[i]));
            let no_data = move || data.with(|d| d.values[i].value.is_none());
            view! {
                <li>
                    <a
                        class="region-row"
                        href=href
                        data-noscroll=""
                        aria-current=current
                        data-testid="region-row"
                        data-region=r.code.clone()
                    >
                        <span class="region-name">{r.name.get(lang).to_string()}</span>
                        <span class="region-value" class:no-data=no_data>{value}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="region-list" aria-labelledby="region-list-title" data-testid="region-list">
            <h3 id="region-list-title">{t(lang, "map-list-title")}</h3>
            <p class="small">{t(lang, "map-list-hint")}</p>
            <p class="list-metric">{move || metric_label(lang, data.with(|d| d.metric))}</p>
            <ul class="plain">{rows}</ul>
        </nav>
    }
}
