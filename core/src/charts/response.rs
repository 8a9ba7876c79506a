//! Stacked bars of the status of supported and of noted recommendations.

use super::option::bars_spec;
use super::spec::ChartSpec;
use super::ChartContext;
use crate::i18n::{t, t_with, Arg};
use crate::summary::StatusCounts;

/// Stacked bars for supported and noted recommendations (and supported in part, where the data
/// has any).
pub fn status_by_response(cx: &ChartContext) -> ChartSpec {
    let lang = cx.lang;
    // The State under review, in the data's own words.
    let state = [("state", Arg::Str(cx.ds.country.name.get(lang).to_string()))];
    let bars: Vec<(String, StatusCounts)> = cx
        .prepared
        .responses
        .iter()
        .copied()
        .map(|resp| {
            let c = cx.counts(
                cx.rows
                    .iter()
                    .copied()
                    .filter(|&r| cx.ds.recommendations[r].response == Some(resp)),
                |r| cx.status(r),
            );
            (t(lang, resp.message_key()), c)
        })
        .collect();
    bars_spec(
        cx,
        "response",
        t_with(lang, "chart-response-title", &state),
        t_with(lang, "chart-response-how", &state),
        t(lang, "response"),
        bars,
    )
}
