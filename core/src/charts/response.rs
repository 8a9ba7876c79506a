//! Stacked bars of the status of supported and of noted recommendations.

use super::option::bars_spec;
use super::spec::ChartSpec;
use super::ChartContext;
use crate::i18n::t;
use crate::summary::StatusCounts;

/// Stacked bars for supported and noted recommendations (and supported in part, where the data
/// has any).
pub fn status_by_response(cx: &ChartContext) -> ChartSpec {
    let lang = cx.lang;
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
                    .filter(|&r| cx.ds.recommendations[r].response == resp),
                |r| cx.status(r),
            );
            (t(lang, resp.message_key()), c)
        })
        .collect();
    bars_spec(
        cx,
        "response",
        t(lang, "chart-response-title"),
        t(lang, "chart-response-how"),
        t(lang, "response"),
        bars,
    )
}
