//! The ECharts options the charts share: title, legend, tooltip, decals and animation, stacked
//! bars, and the finished spec laid out for the default width.

use super::layout;
use super::layout::{Plot, DEFAULT_WIDTH, MARGIN, SUBTITLE_SIZE, TITLE_SIZE};
use super::spec::{ChartHeight, ChartSpec, DataTable};
use super::text::{
    basis_phrase, scope_line, source_line, status_columns, status_name, status_row, summary_text,
};
use super::ChartContext;
use crate::i18n::t;
use crate::model::{Status, StatusCategory};
use crate::summary::StatusCounts;
use charming::component::{Aria, Axis, Decal, Grid, Legend, Title};
use charming::element::{AxisPointer, AxisPointerType, AxisType, TextStyle, Tooltip, Trigger};
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// The decal pattern of a status, the same in every chart: diagonal stripes for fully, dots for
/// partially, horizontal bars for not implemented, none (plain grey) for not assessed.
pub fn status_decal(s: StatusCategory) -> Value {
    match s {
        StatusCategory::Rated(Status::Fully) => json!({
            "symbol": "rect", "symbolSize": 1, "color": "rgba(255,255,255,0.5)",
            "dashArrayX": [1, 0], "dashArrayY": [3, 5], "rotation": -std::f64::consts::FRAC_PI_4
        }),
        StatusCategory::Rated(Status::Partially) => json!({
            "symbol": "circle", "symbolSize": 0.8, "color": "rgba(255,255,255,0.6)",
            "dashArrayX": [[6, 6], [0, 6, 6, 0]], "dashArrayY": [6, 0]
        }),
        StatusCategory::Rated(Status::Not) => json!({
            "symbol": "rect", "symbolSize": 1, "color": "rgba(255,255,255,0.55)",
            "dashArrayX": [1, 0], "dashArrayY": [4, 4], "rotation": 0
        }),
        StatusCategory::NotAssessed => json!({"symbol": "none"}),
    }
}

/// Title, tooltip, legend, accessibility (aria description and decal patterns) and animation.
pub(super) fn base_option(
    cx: &ChartContext,
    title: &str,
    subtitle: &str,
    summary: &str,
    trigger: Trigger,
) -> Value {
    let legend: Vec<String> = StatusCategory::ALL
        .iter()
        .map(|s| status_name(cx.lang, *s))
        .collect();
    let mut tooltip = Tooltip::new().trigger(trigger);
    if matches!(trigger, Trigger::Axis) {
        tooltip = tooltip.axis_pointer(AxisPointer::new().type_(AxisPointerType::Shadow));
    }
    let title = Title::new()
        .text(title)
        .subtext(subtitle)
        .left(MARGIN)
        .top(8)
        .item_gap(6)
        .text_style(
            TextStyle::new()
                .font_size(TITLE_SIZE)
                .line_height(layout::TITLE_LINE)
                .color("#1a1a1a"),
        )
        .subtext_style(
            TextStyle::new()
                .font_size(SUBTITLE_SIZE)
                .line_height(layout::SUBTITLE_LINE)
                .color("#4a4a4a"),
        );
    let legend = Legend::new()
        .bottom(8)
        .left("center")
        .data(legend.iter().map(|s| s.as_str()).collect());
    let aria = Aria::new().enabled(true).decal(Decal::new().show(true));
    let mut option = json!({
        "title": part(&title),
        "tooltip": part(&tooltip),
        "legend": part(&legend),
        "aria": part(&aria),
        "animation": !cx.reduced_motion,
    });
    // Rich-text tooltips are drawn on the canvas: no HTML is built from the dataset's text.
    option["tooltip"]["renderMode"] = json!("richText");
    option["aria"]["label"] = json!({"enabled": true, "description": summary});
    option["legend"]["selectedMode"] = json!(false);
    option["textStyle"] =
        json!({"fontFamily": "system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif"});
    option
}

/// One component of an option (a title, an axis…), built with charming and written as JSON. Each
/// component is serialised on its own rather than through `charming::Chart`, whose serialiser
/// covers every component and series type ECharts has: 28 KB of the app's compressed
/// WebAssembly for parts the dashboard never draws.
pub(crate) fn part(component: &impl serde::Serialize) -> Value {
    serde_json::to_value(component).unwrap_or_else(|_| json!({}))
}

/// A data item that hides its label when it is zero (a zero segment has no room for one).
pub(super) fn item(n: usize) -> Value {
    json!({"value": n, "label": {"show": n > 0}})
}

/// Stacked bars, one series per status. `horizontal`: categories down the side, longest first.
pub(super) fn stacked_bars(
    cx: &ChartContext,
    base: Value,
    categories: &[String],
    counts: &[StatusCounts],
    horizontal: bool,
) -> Value {
    let mut option = base;
    let series: Vec<Value> = StatusCategory::ALL
        .iter()
        .map(|s| {
            let color = s.colour();
            json!({
                "type": "bar",
                "name": status_name(cx.lang, *s),
                "stack": "status",
                "barMaxWidth": 44,
                "itemStyle": {"color": color, "decal": status_decal(*s), "borderColor": "#ffffff", "borderWidth": 1},
                "label": {
                    "show": true, "position": "inside", "fontSize": 11, "fontWeight": "bold",
                    "color": "#ffffff", "textBorderColor": color, "textBorderWidth": 2
                },
                "labelLayout": {"hideOverlap": true},
                "emphasis": {"focus": "series"},
                "data": counts.iter().map(|c| item(c.of(*s))).collect::<Vec<_>>(),
            })
        })
        .collect();
    let value_axis = Axis::new()
        .type_(AxisType::Value)
        .name(t(cx.lang, "chart-axis-recommendations"))
        .min_interval(1.0);
    let category_axis = Axis::new()
        .type_(AxisType::Category)
        .data(categories.to_vec());
    let (x_axis, y_axis) = if horizontal {
        (value_axis, category_axis)
    } else {
        (category_axis, value_axis)
    };
    option["grid"] = part(&Grid::new().left(MARGIN).right(32).contain_label(true));
    option["xAxis"] = part(&x_axis);
    option["yAxis"] = part(&y_axis);
    if !horizontal {
        // Room for the value axis's name, which `containLabel` does not count.
        option["grid"]["left"] = json!(MARGIN + 34.0);
    }
    let value_key = if horizontal { "xAxis" } else { "yAxis" };
    option[value_key]["nameLocation"] = json!("middle");
    option[value_key]["nameGap"] = json!(if horizontal { 26 } else { 40 });
    let cat_key = if horizontal { "yAxis" } else { "xAxis" };
    option[cat_key]["axisLabel"] = json!({"overflow": "truncate", "width": 200, "interval": 0});
    if horizontal {
        option["yAxis"]["inverse"] = json!(true);
    }
    option["series"] = json!(series);
    option
}

/// The texts of a chart before its figures.
pub(super) struct Head {
    pub(super) id: &'static str,
    pub(super) title: String,
    pub(super) scope: String,
    pub(super) source: String,
    pub(super) how: String,
}

pub(super) fn finish(
    cx: &ChartContext,
    head: Head,
    table: DataTable,
    option: Option<Value>,
    plot: Plot,
    plot_min: f64,
) -> ChartSpec {
    let Head {
        id,
        title,
        scope,
        source,
        how,
    } = head;
    let summary = summary_text(cx, &title, &scope);
    let mut spec = ChartSpec {
        id,
        title,
        scope_line: scope,
        source_line: source,
        how_to_read: how,
        summary,
        notes: vec![],
        table,
        extra_tables: vec![],
        height: ChartHeight::Medium,
        plot_min,
        plot,
        option,
    };
    if cx.rows.is_empty() {
        spec.notes.push(t(cx.lang, "chart-no-rows"));
        spec.option = None;
    }
    spec.height = spec.height_at(DEFAULT_WIDTH);
    spec.option = spec.option_at(DEFAULT_WIDTH, spec.height.px());
    spec
}

/// Every assessment on the rows that the status counts (selected kinds and regions).
pub(super) fn counted_assessments(cx: &ChartContext) -> BTreeSet<usize> {
    cx.rows
        .iter()
        .flat_map(|&r| cx.prepared.counted(cx.ds, r, cx.query))
        .collect()
}

/// A stacked-bar spec whose statuses are the query's (selected assessors, regions).
pub(super) fn bars_spec(
    cx: &ChartContext,
    id: &'static str,
    title: String,
    how: String,
    first_column: String,
    bars: Vec<(String, StatusCounts)>,
) -> ChartSpec {
    let scope_text = scope_line(cx, &basis_phrase(cx));
    let source = source_line(cx, &counted_assessments(cx));
    bars_spec_with(
        cx,
        Head {
            id,
            title,
            scope: scope_text,
            source,
            how,
        },
        first_column,
        bars,
        true,
    )
}

pub(super) fn bars_spec_with(
    cx: &ChartContext,
    head: Head,
    first_column: String,
    bars: Vec<(String, StatusCounts)>,
    horizontal: bool,
) -> ChartSpec {
    let lang = cx.lang;
    let (title, scope_text) = (&head.title, &head.scope);
    let table = DataTable {
        caption: title.clone(),
        columns: status_columns(lang, first_column),
        rows: bars
            .iter()
            .map(|(label, c)| status_row(label.clone(), c))
            .collect(),
        empty: Some(t(lang, "chart-no-rows")),
    };
    let summary = summary_text(cx, title, scope_text);
    let base = base_option(cx, title, "", &summary, Trigger::Axis);
    let labels: Vec<String> = bars.iter().map(|(l, _)| l.clone()).collect();
    let counts: Vec<StatusCounts> = bars.iter().map(|(_, c)| *c).collect();
    let option = stacked_bars(cx, base, &labels, &counts, horizontal);
    // Each horizontal bar needs about 24 px; vertical bars a plot of about 260 px.
    let plot_min = if horizontal {
        bars.len() as f64 * 24.0 + 24.0
    } else {
        260.0
    };
    finish(cx, head, table, Some(option), Plot::Grid, plot_min)
}

/// The notes are part of what a screen reader hears for the chart.
pub(super) fn with_notes_in_summary(mut spec: ChartSpec) -> ChartSpec {
    if spec.notes.is_empty() {
        return spec;
    }
    spec.summary = format!("{} {}", spec.summary, spec.notes.join(" "));
    if let Some(option) = spec.option.as_mut() {
        option["aria"]["label"]["description"] = json!(spec.summary);
    }
    spec
}
