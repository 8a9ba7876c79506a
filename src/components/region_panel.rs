//! The selected region: its names, the map's figure, the consultations held in or covering it and
//! what they discussed, the rounds in unnamed aimags that may include it, and links to its
//! recommendations, charts and timeline. Without a selection, a hint says how to select.

use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::map::{
    both_names, charts_link, clear_regions, consultation_themes, metric_label,
    recommendations_link, region_facts, timeline_link, value_text, MapData,
};
use upr_core::model::RegionKind;
use upr_core::{format, t, t_with, Arg, Loaded};

#[component]
pub fn RegionPanel(
    loaded: Arc<Loaded>,
    data: Memo<MapData>,
    selected: Memo<Vec<usize>>,
) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let l = loaded.clone();
    let panel = move |region: usize| {
        let ds = &l.dataset;
        let r = &ds.regions[region];
        let facts = region_facts(ds, region);
        let name = r.name.get(lang).to_string();
        let name_arg = || Arg::Str(name.clone());
        let kind = t(
            lang,
            match r.kind {
                RegionKind::Aimag => "region-aimag",
                RegionKind::Capital => "region-capital",
                RegionKind::Division => "region-division",
            },
        );
        let kind = match &r.capital {
            Some(capital) => t_with(
                lang,
                "map-panel-kind",
                &[
                    ("kind", Arg::Str(kind)),
                    ("capital", Arg::Str(capital.get(lang).to_string())),
                ],
            ),
            None => kind,
        };
        let figure = move || {
            data.with(|d| {
                format!(
                    "{}: {}",
                    metric_label(lang, d.metric),
                    value_text(lang, &d.values[region])
                )
            })
        };
        let items = facts
            .consultations
            .iter()
            .map(|&c| {
                let themes = consultation_themes(ds, lang, c);
                let c = &ds.consultations[c];
                let discussed = if themes.is_empty() {
                    t(lang, "map-panel-themes-unknown")
                } else {
                    t_with(lang, "map-panel-discussed", &[("themes", Arg::Str(themes.join(", ")))])
                };
                view! {
                    <li data-testid="region-consultation" data-id=c.id.clone()>
                        <strong>{c.title.get(lang).to_string()}</strong>
                        <br/>
                        <span class="small">
                            <time datetime=c.when.start().to_string()>{format::when(lang, c.when)}</time>
                            " · "{t(lang, &format!("consultation-{}", c.kind.word()))}
                        </span>
                        <br/>
                        <span class="small">{discussed}</span>
                    </li>
                }
            })
            .collect_view();
        let none = facts.consultations.is_empty().then(|| {
            view! { <p data-testid="region-no-consultations">{t_with(lang, "map-panel-none", &[("region", name_arg())])}</p> }
        });
        let possibly = facts
            .possibly
            .iter()
            .filter_map(|&c| {
                let c = &ds.consultations[c];
                let u = c.regions_unnamed?;
                let text = t_with(
                    lang,
                    "map-panel-possibly",
                    &[
                        ("title", Arg::Str(c.title.get(lang).to_string())),
                        ("date", Arg::Str(format::when(lang, c.when))),
                        ("count", Arg::Num(u.count as f64)),
                        ("of", Arg::Num(u.of as f64)),
                        ("region", name_arg()),
                    ],
                );
                Some(view! { <p class="note" data-testid="region-possibly">{text}</p> })
            })
            .collect_view();
        let rated = t_with(
            lang,
            "map-panel-rated",
            &[
                ("count", Arg::Num(facts.rated_recommendations as f64)),
                ("region", name_arg()),
            ],
        );
        let code = r.code.clone();
        let c2 = code.clone();
        let c3 = code.clone();
        let recs = move || state.href(&state.shown.with(|q| recommendations_link(q, &code)));
        let charts = move || state.href(&state.shown.with(|q| charts_link(q, &c2)));
        let timeline = move || state.href(&state.shown.with(|q| timeline_link(q, &c3)));
        let heading_id = format!("region-panel-{}", r.code);
        view! {
            <section class="card region-panel" data-testid="region-panel" data-region=r.code.clone() aria-labelledby=heading_id.clone()>
                <h3 id=heading_id.clone() data-testid="region-panel-name">{both_names(ds, lang, region)}</h3>
                <p class="small">{kind}</p>
                <p class="region-figure" data-testid="region-figure">{figure}</p>
                <h4>{t_with(lang, "map-panel-consultations", &[("region", name_arg())])}</h4>
                {none}
                <ul class="region-consultations">{items}</ul>
                {possibly}
                <p data-testid="region-rated">{rated}</p>
                <ul class="region-links plain">
                    <li><a href=recs data-testid="region-recommendations">{t(lang, "map-panel-recommendations")}</a></li>
                    <li><a href=charts data-testid="region-charts">{t_with(lang, "map-panel-charts", &[("region", name_arg())])}</a></li>
                    <li><a href=timeline data-testid="region-timeline">{t(lang, "map-panel-timeline")}</a></li>
                </ul>
                <button
                    type="button"
                    class="button secondary"
                    data-testid="region-clear"
                    on:click=move |_| state.set_query(&state.shown.with_untracked(clear_regions), false)
                >
                    {t(lang, "map-clear")}
                </button>
            </section>
        }
    };
    view! {
        <div class="region-panels" data-testid="region-panels">
            {move || {
                let list = selected.get();
                if list.is_empty() {
                    view! { <p class="small map-hint" data-testid="region-hint">{t(lang, "map-select-hint")}</p> }.into_any()
                } else {
                    list.into_iter().map(panel.clone()).collect_view().into_any()
                }
            }}
        </div>
    }
}
