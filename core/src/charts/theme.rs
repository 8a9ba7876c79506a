//! Stacked bars of the status by theme.

use super::option::bars_spec;
use super::spec::ChartSpec;
use super::ChartContext;
use crate::i18n::t;
use crate::sort_by_dyn;
use crate::summary::StatusCounts;

/// Stacked bars by theme, longest first; a recommendation counts once in each of its themes.
pub fn status_by_theme(cx: &ChartContext) -> ChartSpec {
    let lang = cx.lang;
    let ds = cx.ds;
    let mut per_theme = vec![StatusCounts::default(); ds.themes.len()];
    let mut no_theme = StatusCounts::default();
    for &r in cx.rows {
        let s = cx.status(r);
        let themes = &ds.recommendations[r].themes;
        if themes.is_empty() {
            no_theme.add(s);
        }
        for &th in themes {
            per_theme[th].add(s);
        }
    }
    let mut order: Vec<(String, StatusCounts)> = per_theme
        .into_iter()
        .enumerate()
        .filter(|(_, c)| c.total() > 0)
        .map(|(i, c)| (ds.themes[i].name.get(lang).to_string(), c))
        .collect();
    // Longest first; ties keep the order of the theme list.
    sort_by_dyn(&mut order, &|a, b| b.1.total().cmp(&a.1.total()));
    if no_theme.total() > 0 {
        order.push((t(lang, "chart-no-theme"), no_theme));
    }
    bars_spec(
        cx,
        "theme",
        t(lang, "chart-theme-title"),
        t(lang, "chart-theme-how"),
        t(lang, "theme"),
        order,
    )
}
