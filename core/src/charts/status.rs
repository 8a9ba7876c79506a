//! The donut: how many of the rows are fully, partially or not implemented, or not assessed.

use super::layout::{Plot, MARGIN};
use super::option::{base_option, counted_assessments, finish, status_decal, Head};
use super::spec::{ChartSpec, DataTable};
use super::text::{basis_phrase, scope_line, share, source_line, status_name};
use super::ChartContext;
use crate::i18n::t;
use crate::model::StatusCategory;
use charming::element::Trigger;
use serde_json::{json, Value};

/// Donut: how many of the rows are fully / partially / not implemented or not assessed.
pub fn status_distribution(cx: &ChartContext) -> ChartSpec {
    let lang = cx.lang;
    let counts = cx.all_counts();
    let title = t(lang, "chart-status-title");
    let scope_text = scope_line(cx, &basis_phrase(cx));
    let source = source_line(cx, &counted_assessments(cx));
    let total = counts.total();
    let mut rows: Vec<Vec<String>> = StatusCategory::ALL
        .iter()
        .map(|s| {
            let n = counts.of(*s);
            vec![status_name(lang, *s), n.to_string(), share(n, total)]
        })
        .collect();
    rows.push(vec![
        t(lang, "chart-col-total"),
        total.to_string(),
        share(total, total),
    ]);
    let table = DataTable {
        caption: title.clone(),
        columns: vec![
            t(lang, "chart-col-status"),
            t(lang, "chart-axis-recommendations"),
            t(lang, "chart-col-share"),
        ],
        rows,
        empty: None,
    };
    let figures: Vec<String> = StatusCategory::ALL
        .iter()
        .map(|s| format!("{} {}", status_name(lang, *s), counts.of(*s)))
        .collect();
    let summary = format!("{title}. {scope_text}. {}.", figures.join("; "));
    let mut option = base_option(cx, &title, "", &summary, Trigger::Item);
    option["tooltip"]["formatter"] = json!("{b}: {c} ({d} %)");
    let data: Vec<Value> = StatusCategory::ALL
        .iter()
        .map(|s| {
            let n = counts.of(*s);
            json!({
                "name": status_name(lang, *s),
                "value": n,
                "itemStyle": {"color": s.colour(), "decal": status_decal(*s), "borderColor": "#ffffff", "borderWidth": 2},
                "label": {"show": n > 0},
                "labelLine": {"show": n > 0},
            })
        })
        .collect();
    option["series"] = json!([{
        "type": "pie",
        "name": title,
        "radius": ["40%", "70%"],
        "avoidLabelOverlap": true,
        "percentPrecision": 1,
        "label": {
            "formatter": "{b}\n{c} ({d} %)", "fontSize": 12, "lineHeight": 16, "color": "#1a1a1a",
            "alignTo": "edge", "edgeDistance": MARGIN, "minMargin": 6
        },
        "labelLine": {"length": 12, "length2": 8},
        "data": data,
    }]);
    let head = Head {
        id: "status",
        title,
        scope: scope_text,
        source,
        how: t(lang, "chart-status-how"),
    };
    let mut spec = finish(cx, head, table, Some(option), Plot::Donut, 330.0);
    spec.summary = summary;
    spec
}
