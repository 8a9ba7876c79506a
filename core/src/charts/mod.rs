//! The charts of the overview, each a pure function of the dataset, the rows that match the URL's
//! filters and the query: status distribution (donut), status by theme, by recommending State and by
//! response (stacked bars), the same recommendations as rated by each kind of assessor with a table of
//! where they agree and disagree, and the status over time at each assessment date.
//!
//! Every chart is a [`ChartSpec`]: its title, scope and source lines, a one-line "how to read", a
//! data table (the text alternative) and the ECharts option, built with charming and finished with
//! `serde_json` where charming lacks something (decals, rich-text tooltips, label layout). The title,
//! scope and source lines are inside the option too, so that a PNG of the canvas carries them.
//!
//! "Not assessed" is a category of its own everywhere (grey, no pattern), never dropped and never
//! counted as "not implemented". Colour never works alone: each status also has a decal pattern and
//! its word in the legend, the tooltip and the table.

pub mod layout;

use crate::date::PartialDate;
use crate::explore::{about_regions, Prepared};
use crate::format;
use crate::i18n::{t, t_with, Arg, Lang};
use crate::model::{AssessorKind, Dataset, Response, Status, StatusCategory};
use crate::query::Query;
use crate::sort_by_dyn;
use crate::summary::StatusCounts;
use charming::component::{Aria, Axis, Decal, Grid, Legend, Title};
use charming::element::{AxisPointer, AxisPointerType, AxisType, TextStyle, Tooltip, Trigger};
use layout::{Plot, DEFAULT_WIDTH, MARGIN, SUBTITLE_SIZE, TITLE_SIZE};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// How many States the chart by recommending State names before it groups the rest.
pub const TOP_STATES: usize = 10;

/// The ids of the charts, in the order they are shown.
pub const CHART_IDS: [&str; 6] = [
    "status", "theme", "state", "response", "assessor", "progress",
];

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

/// A status category's full name.
pub fn status_name(lang: Lang, s: StatusCategory) -> String {
    t(lang, s.message_key())
}

/// A table of the figures a chart shows: its text alternative.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DataTable {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// What to say instead of rows when there are none.
    pub empty: Option<String>,
}

/// The height of a chart's canvas: a CSS class (the page forbids inline styles) and its px value.
/// A chart takes the smallest that leaves its plot enough room under the (wrapped) title lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum ChartHeight {
    Short,
    Medium,
    Tall,
    Taller,
    Tallest,
    Huge,
}

impl ChartHeight {
    pub const ALL: [ChartHeight; 6] = [
        ChartHeight::Short,
        ChartHeight::Medium,
        ChartHeight::Tall,
        ChartHeight::Taller,
        ChartHeight::Tallest,
        ChartHeight::Huge,
    ];
    pub fn class(self) -> &'static str {
        match self {
            ChartHeight::Short => "chart-h-short",
            ChartHeight::Medium => "chart-h-medium",
            ChartHeight::Tall => "chart-h-tall",
            ChartHeight::Taller => "chart-h-taller",
            ChartHeight::Tallest => "chart-h-tallest",
            ChartHeight::Huge => "chart-h-huge",
        }
    }
    /// Must equal the height of the class in `public/styles.css`.
    pub fn px(self) -> f64 {
        match self {
            ChartHeight::Short => 340.0,
            ChartHeight::Medium => 420.0,
            ChartHeight::Tall => 520.0,
            ChartHeight::Taller => 660.0,
            ChartHeight::Tallest => 820.0,
            ChartHeight::Huge => 1000.0,
        }
    }
    /// The smallest height of at least `px` (the largest if none is).
    pub fn fitting(px: f64) -> Self {
        Self::ALL
            .into_iter()
            .find(|h| h.px() >= px)
            .unwrap_or(ChartHeight::Huge)
    }
}

/// One chart, ready to stand alone in a report or on a slide.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChartSpec {
    /// Stable id: `status`, `theme`, `state`, `response`, `assessor`, `progress`.
    pub id: &'static str,
    /// Says what the chart shows.
    pub title: String,
    /// Which recommendations (the filters) and which ratings the figures count.
    pub scope_line: String,
    pub source_line: String,
    pub how_to_read: String,
    /// The figures in one sentence, for screen readers (also the canvas's `aria-label`).
    pub summary: String,
    /// Remarks the reader must not miss, e.g. that only one kind of assessor has rated.
    pub notes: Vec<String>,
    pub table: DataTable,
    /// Further tables: the assessor comparison's table of agreements and disagreements.
    pub extra_tables: Vec<DataTable>,
    /// The canvas height at [`DEFAULT_WIDTH`] (see [`ChartSpec::height_at`] for other widths).
    pub height: ChartHeight,
    /// The least room (px) the plot needs: its bars or its donut, without title and legend.
    pub plot_min: f64,
    #[serde(skip)]
    pub plot: Plot,
    /// The ECharts option laid out for [`DEFAULT_WIDTH`] × `height`; `None` when there is nothing
    /// to draw (the notes say why).
    pub option: Option<Value>,
}

impl ChartSpec {
    /// The subtitle inside the picture: the scope line, then the source line.
    pub fn subtitle(&self) -> String {
        format!("{}\n{}", self.scope_line, self.source_line)
    }

    /// The option laid out for a canvas of `width` × `height` px.
    pub fn option_at(&self, width: f64, height: f64) -> Option<Value> {
        let option = self.option.as_ref()?;
        Some(
            layout::fit(
                option,
                &self.title,
                &self.subtitle(),
                self.plot,
                width,
                height,
            )
            .0,
        )
    }

    /// The canvas height for a canvas `width` px wide: the title lines, the plot's least room and
    /// the legend must fit.
    pub fn height_at(&self, width: f64) -> ChartHeight {
        let Some(option) = self.option.as_ref() else {
            return self.height;
        };
        let (_, frame) = layout::fit(
            option,
            &self.title,
            &self.subtitle(),
            self.plot,
            width,
            1000.0,
        );
        let axis = if self.plot == Plot::Grid {
            layout::AXIS_NAME + 8.0
        } else {
            0.0
        };
        ChartHeight::fitting(frame.header + frame.legend + axis + self.plot_min)
    }

    /// The name of the downloaded picture.
    pub fn file_name(&self, lang: Lang) -> String {
        format!("upr-mongolia-{}-{}.png", self.id, lang.code())
    }
}

/// What every chart is computed from.
#[derive(Clone, Copy, Debug)]
pub struct ChartContext<'a> {
    pub ds: &'a Dataset,
    pub prepared: &'a Prepared,
    /// The recommendations that match the URL's filters (indices into `Dataset::recommendations`).
    pub rows: &'a [usize],
    /// The URL state: which assessors' ratings count and the filters to name.
    pub query: &'a Query,
    pub lang: Lang,
    /// The reader prefers reduced motion: no animation.
    pub reduced_motion: bool,
}

/// A row's status as the charts count it is the one the recommendations table shows (see
/// [`Prepared::status`]): the latest rating by the selected kinds of assessor, about the selected
/// regions.
impl ChartContext<'_> {
    fn status(&self, row: usize) -> Option<Status> {
        self.prepared.status(self.ds, row, self.query)
    }

    /// The latest rating of `row` by one kind of assessor (regions as selected).
    fn status_by(&self, row: usize, kind: AssessorKind) -> Option<Status> {
        self.prepared.status_by_in(self.ds, row, kind, self.query)
    }

    fn status_as_of(&self, row: usize, date: PartialDate) -> Option<Status> {
        self.prepared.status_as_of(self.ds, row, self.query, date)
    }

    /// The statuses of `rows` as `status` gives them, counted.
    fn counts(
        &self,
        rows: impl Iterator<Item = usize>,
        status: impl Fn(usize) -> Option<Status>,
    ) -> StatusCounts {
        let mut c = StatusCounts::default();
        for row in rows {
            c.add(status(row));
        }
        c
    }

    fn all_counts(&self) -> StatusCounts {
        self.counts(self.rows.iter().copied(), |r| self.status(r))
    }
}

// ---------------------------------------------------------------------------------------------
// Text shared by the charts

fn list(items: &[String]) -> String {
    items.join(", ")
}

/// The active filters in words, one item per filter ("Cycle 1", "Partially implemented", …).
pub fn filter_labels(ds: &Dataset, q: &Query, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if !q.cycles.is_empty() {
        let items: Vec<String> = q
            .cycles
            .iter()
            .map(|n| t_with(lang, "cycle-title", &[("number", Arg::Num(*n as f64))]))
            .collect();
        out.push(list(&items));
    }
    if !q.responses.is_empty() {
        let items: Vec<String> = q
            .responses
            .iter()
            .map(|r| t(lang, r.message_key()))
            .collect();
        out.push(list(&items));
    }
    if !q.statuses.is_empty() {
        let items: Vec<String> = q.statuses.iter().map(|s| status_name(lang, *s)).collect();
        out.push(list(&items));
    }
    if !q.assessors.is_empty() {
        out.push(t_with(
            lang,
            "charts-filter-assessor",
            &[("kinds", Arg::Str(kinds_text(lang, &q.assessors)))],
        ));
    }
    if !q.themes.is_empty() {
        let items: Vec<String> = q
            .themes
            .iter()
            .map(|id| {
                ds.themes
                    .iter()
                    .find(|th| &th.id == id)
                    .map_or(id.clone(), |th| th.name.get(lang).to_string())
            })
            .collect();
        out.push(format!("{}: {}", t(lang, "theme"), list(&items)));
    }
    if !q.states.is_empty() {
        let items: Vec<String> = q.states.iter().cloned().collect();
        out.push(format!(
            "{}: {}",
            t(lang, "recommending-state"),
            list(&items)
        ));
    }
    if !q.regions.is_empty() {
        out.push(format!(
            "{}: {}",
            t(lang, "region"),
            regions_text(ds, lang, &q.regions)
        ));
    }
    if q.disagree {
        out.push(t(lang, "charts-filter-disagree"));
    }
    if !q.search.trim().is_empty() {
        out.push(t_with(
            lang,
            "charts-filter-search",
            &[("text", Arg::Str(q.search.trim().to_string()))],
        ));
    }
    out
}

fn kind_name(lang: Lang, k: AssessorKind) -> String {
    t(lang, k.message_key())
}

fn kinds_text(lang: Lang, kinds: &BTreeSet<AssessorKind>) -> String {
    list(
        &kinds
            .iter()
            .map(|k| kind_name(lang, *k))
            .collect::<Vec<_>>(),
    )
}

fn regions_text(ds: &Dataset, lang: Lang, codes: &BTreeSet<String>) -> String {
    let items: Vec<String> = codes
        .iter()
        .map(|c| {
            ds.regions
                .iter()
                .find(|r| &r.code == c)
                .map_or(c.clone(), |r| r.name.get(lang).to_string())
        })
        .collect();
    list(&items)
}

/// "129 recommendations" or "12 of 129 recommendations that match the filters: …".
fn count_phrase(cx: &ChartContext) -> String {
    let shown = Arg::Num(cx.rows.len() as f64);
    let labels = filter_labels(cx.ds, cx.query, cx.lang);
    if labels.is_empty() {
        t_with(cx.lang, "chart-scope-all", &[("shown", shown)])
    } else {
        t_with(
            cx.lang,
            "chart-scope-filtered",
            &[
                ("shown", shown),
                ("total", Arg::Num(cx.ds.recommendations.len() as f64)),
                ("filters", Arg::Str(labels.join("; "))),
            ],
        )
    }
}

/// Which ratings the statuses are: the selected kinds (or any) and the selected regions.
fn basis_phrase(cx: &ChartContext) -> String {
    let q = cx.query;
    let mut basis = if q.assessors.is_empty() {
        t(cx.lang, "chart-basis-any")
    } else {
        t_with(
            cx.lang,
            "chart-basis-kinds",
            &[("kinds", Arg::Str(kinds_text(cx.lang, &q.assessors)))],
        )
    };
    if !q.regions.is_empty() {
        basis.push_str("; ");
        basis.push_str(&t_with(
            cx.lang,
            "chart-basis-regions",
            &[(
                "regions",
                Arg::Str(regions_text(cx.ds, cx.lang, &q.regions)),
            )],
        ));
    }
    basis
}

fn scope_line(cx: &ChartContext, basis: &str) -> String {
    format!("{}; {}", count_phrase(cx), basis)
}

/// "Source: A/HRC/16/5, A/HRC/16/5/Add.1 (recommendations and responses). Ratings: Government — …
/// Data as of …". `assessments` are the ratings the chart counts.
fn source_line(cx: &ChartContext, assessments: &BTreeSet<usize>) -> String {
    let ds = cx.ds;
    let mut docs: BTreeSet<usize> = BTreeSet::new();
    for &r in cx.rows {
        let rec = &ds.recommendations[r];
        docs.insert(rec.document);
        docs.insert(rec.response_document);
    }
    let docs_text = if docs.is_empty() {
        ds.cycles
            .iter()
            .flat_map(|c| c.documents.iter())
            .map(|&d| ds.documents[d].id.clone())
            .collect::<Vec<_>>()
    } else {
        docs.iter().map(|&d| ds.documents[d].id.clone()).collect()
    };
    let mut by_kind: BTreeMap<AssessorKind, BTreeSet<usize>> = BTreeMap::new();
    for &a in assessments {
        let s = ds.assessments[a].source;
        by_kind.entry(ds.sources[s].kind).or_default().insert(s);
    }
    let date = Arg::Str(format::date(cx.lang, ds.as_of));
    let docs_arg = Arg::Str(list(&docs_text));
    if by_kind.is_empty() {
        return t_with(
            cx.lang,
            "chart-source-unrated",
            &[("docs", docs_arg), ("date", date)],
        );
    }
    let ratings: Vec<String> = by_kind
        .iter()
        .map(|(k, sources)| {
            let titles: Vec<String> = sources
                .iter()
                .map(|&s| ds.sources[s].title.get(cx.lang).to_string())
                .collect();
            format!("{} — {}", kind_name(cx.lang, *k), titles.join("; "))
        })
        .collect();
    t_with(
        cx.lang,
        "chart-source",
        &[
            ("docs", docs_arg),
            ("ratings", Arg::Str(ratings.join("; "))),
            ("date", date),
        ],
    )
}

fn share(n: usize, total: usize) -> String {
    if total == 0 {
        "—".into()
    } else {
        format!("{:.1} %", 100.0 * n as f64 / total as f64)
    }
}

/// Column headers: the first column, the four statuses, the total.
fn status_columns(lang: Lang, first: String) -> Vec<String> {
    let mut cols = vec![first];
    cols.extend(StatusCategory::ALL.iter().map(|s| status_name(lang, *s)));
    cols.push(t(lang, "chart-col-total"));
    cols
}

fn status_row(label: String, c: &StatusCounts) -> Vec<String> {
    let mut row = vec![label];
    row.extend(StatusCategory::ALL.iter().map(|s| c.of(*s).to_string()));
    row.push(c.total().to_string());
    row
}

fn summary_text(cx: &ChartContext, title: &str, scope: &str) -> String {
    format!("{title}. {scope}. {}.", t(cx.lang, "chart-table-hint"))
}

// ---------------------------------------------------------------------------------------------
// Options

/// Title, tooltip, legend, accessibility (aria description and decal patterns) and animation.
fn base_option(
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
fn item(n: usize) -> Value {
    json!({"value": n, "label": {"show": n > 0}})
}

/// Stacked bars, one series per status. `horizontal`: categories down the side, longest first.
fn stacked_bars(
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
struct Head {
    id: &'static str,
    title: String,
    scope: String,
    source: String,
    how: String,
}

fn finish(
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
fn counted_assessments(cx: &ChartContext) -> BTreeSet<usize> {
    cx.rows
        .iter()
        .flat_map(|&r| cx.prepared.counted(cx.ds, r, cx.query))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The charts

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

/// Stacked bars for supported and noted recommendations.
pub fn status_by_response(cx: &ChartContext) -> ChartSpec {
    let lang = cx.lang;
    let bars: Vec<(String, StatusCounts)> = Response::ALL
        .into_iter()
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

/// A stacked-bar spec whose statuses are the query's (selected assessors, regions).
fn bars_spec(
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

fn bars_spec_with(
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

/// The kinds of assessor the comparison shows (the same as the explorer's filter).
pub use crate::summary::shown_assessor_kinds as compared_kinds;

/// The same rows as rated by each kind of assessor, and a table of the rows that more than one
/// kind has rated: where they agree and where they disagree (disagreements first).
pub fn assessor_comparison(cx: &ChartContext) -> ChartSpec {
    let lang = cx.lang;
    let ds = cx.ds;
    let kinds = compared_kinds(ds);
    let bars: Vec<(String, StatusCounts)> = kinds
        .iter()
        .map(|&k| {
            (
                kind_name(lang, k),
                cx.counts(cx.rows.iter().copied(), |r| cx.status_by(r, k)),
            )
        })
        .collect();
    let rated: Vec<AssessorKind> = kinds
        .iter()
        .zip(&bars)
        .filter(|(_, (_, c))| c.assessed() > 0)
        .map(|(k, _)| *k)
        .collect();

    // Rows that two kinds or more have rated.
    let mut compared: Vec<(usize, Vec<Option<Status>>, bool)> = cx
        .rows
        .iter()
        .filter_map(|&r| {
            let statuses: Vec<Option<Status>> = kinds.iter().map(|&k| cx.status_by(r, k)).collect();
            let given: BTreeSet<Status> = statuses.iter().flatten().copied().collect();
            let raters = statuses.iter().flatten().count();
            (raters >= 2).then_some((r, statuses, given.len() > 1))
        })
        .collect();
    // Disagreements first, then in the order of the rows.
    sort_by_dyn(&mut compared, &|a, b| b.2.cmp(&a.2));
    let disagree = compared.iter().filter(|c| c.2).count();
    let agree = compared.len() - disagree;

    let mut columns = vec![t(lang, "recommendation")];
    columns.extend(kinds.iter().map(|k| kind_name(lang, *k)));
    columns.push(t(lang, "chart-col-agreement"));
    let agreement = DataTable {
        caption: t(lang, "chart-agreement-title"),
        columns,
        rows: compared
            .iter()
            .map(|(r, statuses, dis)| {
                let rec = &ds.recommendations[*r];
                let mut row = vec![format!("{} ({})", rec.paragraph, rec.states.join(", "))];
                row.extend(
                    statuses
                        .iter()
                        .map(|s| status_name(lang, StatusCategory::of(*s))),
                );
                row.push(t(
                    lang,
                    if *dis {
                        "chart-disagree"
                    } else {
                        "chart-agree"
                    },
                ));
                row
            })
            .collect(),
        empty: Some(t(lang, "chart-agreement-empty")),
    };

    let mut notes = Vec::new();
    match rated.as_slice() {
        [] => notes.push(t(lang, "chart-assessor-none")),
        [only] => notes.push(t_with(
            lang,
            "chart-assessor-one",
            &[("kind", Arg::Str(kind_name(lang, *only)))],
        )),
        _ => notes.push(t_with(
            lang,
            "chart-agreement-summary",
            &[
                ("both", Arg::Num(compared.len() as f64)),
                ("agree", Arg::Num(agree as f64)),
                ("disagree", Arg::Num(disagree as f64)),
            ],
        )),
    }

    let scope_text = scope_line(cx, &t(lang, "chart-basis-each-kind"));
    let used: BTreeSet<usize> = cx
        .rows
        .iter()
        .flat_map(|&r| {
            cx.prepared.assessments[r]
                .iter()
                .copied()
                .filter(|&a| about_regions(cx.ds, cx.query, a))
        })
        .collect();
    let source = source_line(cx, &used);
    let head = Head {
        id: "assessor",
        title: t(lang, "chart-assessor-title"),
        scope: scope_text,
        source,
        how: t(lang, "chart-assessor-how"),
    };
    let mut spec = bars_spec_with(cx, head, t(lang, "assessor"), bars, true);
    if !cx.rows.is_empty() {
        spec.notes = notes;
    }
    spec.extra_tables.push(agreement);
    with_notes_in_summary(spec)
}

/// The status of the rows as it stood at each date on which a counted rating was made: stacked
/// bars, one per date. Drawn only when the ratings have more than one date.
pub fn progress_over_time(cx: &ChartContext) -> ChartSpec {
    let lang = cx.lang;
    let used = counted_assessments(cx);
    let dates: BTreeSet<PartialDate> = used.iter().map(|&a| cx.ds.assessments[a].date).collect();
    let bars: Vec<(String, StatusCounts)> = dates
        .iter()
        .map(|&d| {
            (
                format::date(lang, d),
                cx.counts(cx.rows.iter().copied(), |r| cx.status_as_of(r, d)),
            )
        })
        .collect();
    let scope_text = scope_line(
        cx,
        &format!("{}; {}", basis_phrase(cx), t(lang, "chart-basis-as-of")),
    );
    let source = source_line(cx, &used);
    let head = Head {
        id: "progress",
        title: t(lang, "chart-progress-title"),
        scope: scope_text,
        source,
        how: t(lang, "chart-progress-how"),
    };
    let mut spec = bars_spec_with(cx, head, t(lang, "chart-col-date"), bars, false);
    if !cx.rows.is_empty() && dates.len() < 2 {
        spec.option = None;
        spec.notes.push(match dates.iter().next() {
            Some(&d) => t_with(
                lang,
                "chart-progress-one-date",
                &[("date", Arg::Str(format::date(lang, d)))],
            ),
            None => t(lang, "chart-progress-no-dates"),
        });
    }
    spec.table.empty = Some(t(lang, "chart-progress-no-dates"));
    with_notes_in_summary(spec)
}

/// The notes are part of what a screen reader hears for the chart.
fn with_notes_in_summary(mut spec: ChartSpec) -> ChartSpec {
    if spec.notes.is_empty() {
        return spec;
    }
    spec.summary = format!("{} {}", spec.summary, spec.notes.join(" "));
    if let Some(option) = spec.option.as_mut() {
        option["aria"]["label"]["description"] = json!(spec.summary);
    }
    spec
}

/// Every chart, in the order of [`CHART_IDS`].
pub fn all_charts(cx: &ChartContext) -> Vec<ChartSpec> {
    vec![
        status_distribution(cx),
        status_by_theme(cx),
        status_by_state(cx),
        status_by_response(cx),
        assessor_comparison(cx),
        progress_over_time(cx),
    ]
}

/// "Showing 12 of 129 recommendations (filters: …)", or `None` when nothing is filtered.
pub fn showing_line(ds: &Dataset, q: &Query, shown: usize, lang: Lang) -> Option<String> {
    let labels = filter_labels(ds, q, lang);
    (!labels.is_empty()).then(|| {
        t_with(
            lang,
            "charts-showing",
            &[
                ("shown", Arg::Num(shown as f64)),
                ("total", Arg::Num(ds.recommendations.len() as f64)),
                ("filters", Arg::Str(labels.join("; "))),
            ],
        )
    })
}
