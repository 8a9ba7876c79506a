//! Stacked bars of the status by recommending State: the States with most recommendations, then
//! the others together.

use super::option::bars_spec;
use super::spec::ChartSpec;
use super::ChartContext;
use crate::i18n::{t, t_with, Arg};
use crate::sort_by_dyn;
use crate::summary::StatusCounts;
use std::collections::BTreeMap;

/// How many States the chart by recommending State names before it groups the rest.
pub const TOP_STATES: usize = 10;

/// Stacked bars for the States with the most recommendations, then the others together.
pub fn status_by_state(cx: &ChartContext) -> ChartSpec {
    let lang = cx.lang;
    let mut per_state: BTreeMap<&str, StatusCounts> = BTreeMap::new();
    for &r in cx.rows {
        let s = cx.status(r);
        for state in &cx.ds.recommendations[r].states {
            per_state.entry(state.as_str()).or_default().add(s);
        }
    }
    let mut states: Vec<(&str, StatusCounts)> = per_state.into_iter().collect();
    // Most recommendations first; ties in alphabetical order (the map is sorted, the sort stable).
    sort_by_dyn(&mut states, &|a, b| b.1.total().cmp(&a.1.total()));
    let mut bars: Vec<(String, StatusCounts)> = Vec::new();
    let grouped = states.len() > TOP_STATES + 1;
    let top: Vec<&str> = states
        .iter()
        .take(if grouped { TOP_STATES } else { states.len() })
        .map(|(s, _)| *s)
        .collect();
    for (s, c) in states.iter().take(top.len()) {
        bars.push((s.to_string(), *c));
    }
    if grouped {
        let others = states.len() - top.len();
        let mut c = StatusCounts::default();
        for &r in cx.rows {
            if cx.ds.recommendations[r]
                .states
                .iter()
                .any(|s| !top.contains(&s.as_str()))
            {
                c.add(cx.status(r));
            }
        }
        bars.push((
            t_with(
                lang,
                "chart-state-others",
                &[("count", Arg::Num(others as f64))],
            ),
            c,
        ));
    }
    let how = t_with(
        lang,
        "chart-state-how",
        &[("top", Arg::Num(TOP_STATES as f64))],
    );
    bars_spec(
        cx,
        "state",
        t(lang, "chart-state-title"),
        how,
        t(lang, "recommending-state"),
        bars,
    )
}
