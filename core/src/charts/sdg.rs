//! Stacked bars of the status by Sustainable Development Goal: drawn only for data whose
//! recommendations name SDGs (OHCHR's lists do).

use super::option::bars_spec;
use super::spec::ChartSpec;
use super::ChartContext;
use crate::i18n::t;
use crate::summary::StatusCounts;

/// Whether the data names any SDG: otherwise there is no chart by SDG.
pub fn has_sdgs(cx: &ChartContext) -> bool {
    !cx.prepared.sdg_goals.is_empty()
}

/// One bar per goal, in the goals' order (1 to 17); a recommendation counts once in each goal it
/// serves (through a target too). Rows that name no goal are a bar of their own, last.
pub fn status_by_sdg(cx: &ChartContext) -> ChartSpec {
    let lang = cx.lang;
    let mut per_goal = [StatusCounts::default(); 18];
    let mut none = StatusCounts::default();
    for &r in cx.rows {
        let s = cx.status(r);
        let goals = cx.prepared.row_sdgs.get(r);
        if goals.is_empty() {
            none.add(s);
        }
        for &g in goals {
            per_goal[(g as usize).min(17)].add(s);
        }
    }
    let mut bars: Vec<(String, StatusCounts)> = per_goal
        .iter()
        .enumerate()
        .filter(|(g, c)| *g >= 1 && c.total() > 0)
        .map(|(g, c)| (t(lang, &format!("sdg-{g}")), *c))
        .collect();
    if none.total() > 0 {
        bars.push((t(lang, "chart-no-sdg"), none));
    }
    bars_spec(
        cx,
        "sdg",
        t(lang, "chart-sdg-title"),
        t(lang, "chart-sdg-how"),
        t(lang, "filter-sdg"),
        bars,
    )
}
