//! The recommendations: how many there are, by response and theme, and the list with each one's
//! latest status. (Filters, search and sharing come with the explorer.)

use crate::components::status::StatusLabel;
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::model::Response;
use upr_core::summary::{latest_statuses, theme_counts, StatusCounts};
use upr_core::{t, t_count, Loaded};

#[component]
pub fn RecommendationsView(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let ds = &loaded.dataset;
    let latest = latest_statuses(ds);
    let mut counts = StatusCounts::default();
    latest.latest.iter().for_each(|s| counts.add(*s));
    let supported = ds
        .recommendations
        .iter()
        .filter(|r| r.response == Response::Supported)
        .count();
    let themes = theme_counts(ds)
        .into_iter()
        .map(|(theme, n)| view! { <tr><th scope="row">{ds.themes[theme].name.get(lang).to_string()}</th><td>{n}</td></tr> })
        .collect_view();
    let rows = ds
        .recommendations
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let themes = r
                .themes
                .iter()
                .map(|&t| ds.themes[t].name.get(lang).to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let response = match r.response {
                Response::Supported => "response-supported",
                Response::Noted => "response-noted",
            };
            view! {
                <tr data-testid="recommendation-row">
                    <td>{r.paragraph.clone()}</td>
                    <td class="rec-text">{r.text.clone()}</td>
                    <td>{r.states.join(", ")}</td>
                    <td>{t(lang, response)}</td>
                    <td>{themes}</td>
                    <td><StatusLabel status=latest.latest[i]/></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="recommendations-title">
            <h2 id="recommendations-title">{state.t("recommendations-title")}</h2>
            <p class="lead" data-testid="recommendations-count">{t_count(lang, "recommendations-count", ds.recommendations.len())}</p>
            <dl class="figures">
                <div class="figure"><dt>{state.t("supported")}</dt><dd>{supported}</dd></div>
                <div class="figure"><dt>{state.t("noted")}</dt><dd>{ds.recommendations.len() - supported}</dd></div>
                <div class="figure"><dt>{state.t("assessed")}</dt><dd>{counts.assessed()}</dd></div>
                <div class="figure"><dt>{state.t("not-assessed-count")}</dt><dd>{counts.not_assessed}</dd></div>
            </dl>
            <details class="card">
                <summary>{state.t("by-theme")}</summary>
                <table>
                    <thead><tr><th scope="col">{state.t("theme")}</th><th scope="col">{state.t("count")}</th></tr></thead>
                    <tbody>{themes}</tbody>
                </table>
            </details>
            <div class="table-scroll">
                <table class="recommendations">
                    <thead>
                        <tr>
                            <th scope="col">{state.t("paragraph")}</th>
                            <th scope="col">{state.t("recommendation")}</th>
                            <th scope="col">{state.t("recommending-state")}</th>
                            <th scope="col">{state.t("response")}</th>
                            <th scope="col">{state.t("themes")}</th>
                            <th scope="col">{state.t("latest-status")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
