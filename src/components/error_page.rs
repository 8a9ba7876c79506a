//! A dataset that cannot be shown: every problem with its place in the file, and a way to reload.

use crate::state::{use_app, DATASET_URL};
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::{t, t_with, Arg, LoadFailure};

#[component]
pub fn ErrorPage(failure: Arc<LoadFailure>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let count = failure.errors().count();
    let intro = t_with(
        lang,
        "error-intro",
        &[
            ("file", Arg::Str(DATASET_URL.into())),
            ("count", Arg::Num(count as f64)),
        ],
    );
    let rows = failure
        .issues
        .iter()
        .map(|issue| {
            let place = if issue.path.is_empty() {
                t(lang, "whole-file")
            } else {
                issue.path.clone()
            };
            view! {
                <tr data-testid="error-issue">
                    <td><code data-testid="error-path">{place}</code></td>
                    <td>{issue.message(lang)}</td>
                </tr>
            }
        })
        .collect_view();
    let here = move || state.href(&state.shown.get());
    view! {
        <section class="error-page" role="alert" data-testid="error-page">
            <h2>{state.t("error-title")}</h2>
            <p>{intro}</p>
            <table>
                <thead><tr><th scope="col">{state.t("error-place")}</th><th scope="col">{state.t("error-problem")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p><a class="button" href=here rel="external">{state.t("reload")}</a></p>
        </section>
    }
}
