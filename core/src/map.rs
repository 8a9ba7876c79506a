//! The province map: one figure per region for the chosen metric, the region a link selects, the
//! facts of a region's panel, and the ECharts option that draws it all. Regions without data are
//! drawn and labelled "no data", never as zero; consultations whose regions the sources do not name
//! are never spread over guessed provinces.

use crate::charts::part;
use crate::date::PartialDate;
use crate::i18n::{t, t_with, Arg, Lang};
use crate::model::{Dataset, RegionKind, Status};
use crate::query::{MapMetric, Query, View};
use crate::sort_by_dyn;
use crate::summary::{consultations_by_date, consultations_per_region};
use charming::component::VisualMap;
use charming::element::{Color, Orient, Tooltip, Trigger};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The name the GeoJSON is registered under with `echarts.registerMap`.
pub const MAP_NAME: &str = "mongolia_admin1";

/// The State whose first-level divisions the bundled map draws (ISO 3166-1).
pub const MAP_STATE: &str = "MN";

/// Whether there is a map of the data's regions to draw: the data's own (a map file loaded for its
/// State, [`crate::geo`]) or the bundled map of Mongolia's aimags for Mongolia's data. Otherwise
/// the Map view says so (and offers to load one) instead of drawing another State's.
pub fn has_map(ds: &Dataset) -> bool {
    !ds.regions.is_empty() && (ds.map.is_some() || ds.country.code.eq_ignore_ascii_case(MAP_STATE))
}

/// The GeoJSON feature property that holds the ISO 3166-2 code (the series' `nameProperty`).
pub const NAME_PROPERTY: &str = "iso_3166_2";

/// At most this many consultation titles in a tooltip; the rest are counted.
const TOOLTIP_TITLES: usize = 4;

/// Colours of the scale (low to high) and of the states that are not a value.
const LOW: &str = "#c6dbef";
const HIGH: &str = "#08306b";
const NO_DATA_FILL: &str = "#f2f2f2";
const NO_DATA_HATCH: &str = "rgba(60, 60, 60, 0.35)";
const SELECTED_FILL: &str = "#ffbf47";
const HOVER_FILL: &str = "#f4a261";
const INK: &str = "#1a1a1a";

/// Regions too small on the map for a permanent label (their names would cover their neighbours'):
/// Ulaanbaatar, Darkhan-Uul, Orkhon and Govisümber. They are named on hover, when selected, in the
/// tooltip and in the list.
pub const SMALL_REGIONS: [&str; 4] = ["MN-1", "MN-037", "MN-035", "MN-064"];

/// One region's figure for the chosen metric.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionValue {
    /// Index into `Dataset::regions`.
    pub region: usize,
    /// `None`: no data (drawn hatched grey, labelled "no data").
    pub value: Option<f64>,
    /// A participant total that includes an approximate number ("about 170").
    pub approximate: bool,
    /// For the share metrics: (ratings with the status, region-specific ratings).
    pub share_of: Option<(usize, usize)>,
}

impl RegionValue {
    fn none(region: usize) -> Self {
        Self {
            region,
            value: None,
            approximate: false,
            share_of: None,
        }
    }
}

/// Everything the map shows for one metric, computed once per metric.
#[derive(Clone, Debug, PartialEq)]
pub struct MapData {
    pub metric: MapMetric,
    /// Whether the dataset can give this metric at all (the shares need region-specific ratings).
    pub available: bool,
    /// Indexed like `Dataset::regions`.
    pub values: Vec<RegionValue>,
    /// Per region: the consultations held in or covering it, earliest first.
    pub consultations: Vec<Vec<usize>>,
}

impl MapData {
    pub fn new(ds: &Dataset, metric: MapMetric) -> Self {
        Self {
            metric,
            available: metric_available(ds, metric),
            values: region_values(ds, metric),
            consultations: consultations_by_region(ds),
        }
    }

    /// How many regions have a figure.
    pub fn with_data(&self) -> usize {
        self.values.iter().filter(|v| v.value.is_some()).count()
    }
}

/// Consultations held in or covering each region (indexed like `Dataset::regions`), earliest first.
/// A consultation whose regions the sources only count belongs to none of them.
pub fn consultations_by_region(ds: &Dataset) -> Vec<Vec<usize>> {
    let order: Vec<usize> = consultations_by_date(ds);
    let rank: BTreeMap<usize, usize> = order.iter().enumerate().map(|(pos, &c)| (c, pos)).collect();
    consultations_per_region(ds)
        .into_iter()
        .map(|mut list| {
            let place = |c: &usize| rank.get(c).copied().unwrap_or(usize::MAX);
            sort_by_dyn(&mut list, &|a, b| place(a).cmp(&place(b)));
            list
        })
        .collect()
}

/// Whether any assessment is about one region.
pub fn has_regional_ratings(ds: &Dataset) -> bool {
    ds.assessments.iter().any(|a| a.region.is_some())
}

/// Whether the dataset can give `metric`: the shares need region-specific ratings.
pub fn metric_available(ds: &Dataset, metric: MapMetric) -> bool {
    match metric {
        MapMetric::Consultations | MapMetric::Participants => true,
        MapMetric::Share(_) => has_regional_ratings(ds),
    }
}

/// Per region and recommendation, the latest region-specific rating (by date, then by order in the
/// file).
fn regional_latest(ds: &Dataset) -> Vec<BTreeMap<usize, (PartialDate, Status)>> {
    let mut per = vec![BTreeMap::new(); ds.regions.len()];
    for a in &ds.assessments {
        let Some(r) = a.region else { continue };
        let slot = per[r].entry(a.recommendation).or_insert((a.date, a.status));
        if a.date >= slot.0 {
            *slot = (a.date, a.status);
        }
    }
    per
}

/// One figure per region (indexed like `Dataset::regions`):
/// - consultations: how many were held in or covered the region;
/// - participants: the sum of the known participant totals of those consultations;
/// - a share: the percentage of the region's rated recommendations whose latest region-specific
///   rating has that status.
///
/// A region with nothing to count has no figure ("no data"), never zero.
pub fn region_values(ds: &Dataset, metric: MapMetric) -> Vec<RegionValue> {
    match metric {
        MapMetric::Consultations => consultations_per_region(ds)
            .into_iter()
            .enumerate()
            .map(|(region, list)| RegionValue {
                value: (!list.is_empty()).then_some(list.len() as f64),
                ..RegionValue::none(region)
            })
            .collect(),
        MapMetric::Participants => consultations_per_region(ds)
            .into_iter()
            .enumerate()
            .map(|(region, list)| {
                let known: Vec<(u32, bool)> = list
                    .iter()
                    .filter_map(|&c| ds.consultations[c].participants.as_ref())
                    .filter_map(|p| p.total.map(|n| (n, p.approximate)))
                    .collect();
                RegionValue {
                    value: (!known.is_empty())
                        .then(|| known.iter().map(|(n, _)| f64::from(*n)).sum()),
                    approximate: known.iter().any(|(_, approx)| *approx),
                    ..RegionValue::none(region)
                }
            })
            .collect(),
        MapMetric::Share(status) => regional_latest(ds)
            .into_iter()
            .enumerate()
            .map(|(region, latest)| {
                let rated = latest.len();
                if rated == 0 {
                    return RegionValue::none(region);
                }
                let with = latest.values().filter(|(_, s)| *s == status).count();
                RegionValue {
                    value: Some(with as f64 * 100.0 / rated as f64),
                    share_of: Some((with, rated)),
                    ..RegionValue::none(region)
                }
            })
            .collect(),
    }
}

/// Consultations held in or covering each region, as far as the sources name the regions.
pub fn consultations_metric(ds: &Dataset) -> Vec<RegionValue> {
    region_values(ds, MapMetric::Consultations)
}

/// The metric's message id (its label).
pub fn metric_key(metric: MapMetric) -> &'static str {
    match metric {
        MapMetric::Consultations => "map-metric-consultations",
        MapMetric::Participants => "map-metric-participants",
        MapMetric::Share(Status::Fully) => "map-metric-share-fully",
        MapMetric::Share(Status::Partially) => "map-metric-share-partially",
        MapMetric::Share(Status::Not) => "map-metric-share-not",
    }
}

pub fn metric_label(lang: Lang, metric: MapMetric) -> String {
    t(lang, metric_key(metric))
}

/// One choice of the metric selector.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricChoice {
    pub metric: MapMetric,
    pub label: String,
    pub available: bool,
    /// Why the choice is not available.
    pub reason: Option<String>,
}

/// The metric selector's choices, in order; the shares are unavailable (with the reason) when the
/// dataset has no region-specific ratings.
pub fn metric_choices(ds: &Dataset, lang: Lang) -> Vec<MetricChoice> {
    MapMetric::ALL
        .into_iter()
        .map(|metric| {
            let available = metric_available(ds, metric);
            MetricChoice {
                metric,
                label: metric_label(lang, metric),
                available,
                reason: (!available).then(|| t(lang, "map-metric-unavailable")),
            }
        })
        .collect()
}

/// "3", "about 170", "33 % (1 of 3 ratings)" or "no data".
pub fn value_text(lang: Lang, rv: &RegionValue) -> String {
    let Some(v) = rv.value else {
        return t(lang, "no-data");
    };
    if let Some((with, of)) = rv.share_of {
        return t_with(
            lang,
            "map-value-share",
            &[
                ("pct", Arg::Str(format!("{v:.0}"))),
                ("count", Arg::Num(with as f64)),
                ("of", Arg::Num(of as f64)),
            ],
        );
    }
    let id = if rv.approximate {
        "map-value-approx"
    } else {
        "map-value"
    };
    t_with(lang, id, &[("value", Arg::Num(v.round()))])
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::En => Lang::Mn,
        Lang::Mn => Lang::En,
    }
}

/// "Khovd · Ховд": the region's name in the reader's language, then in the other one.
pub fn both_names(ds: &Dataset, lang: Lang, region: usize) -> String {
    let name = &ds.regions[region].name;
    let (a, b) = (name.get(lang), name.get(other(lang)));
    if a == b {
        a.to_string()
    } else {
        format!("{a} · {b}")
    }
}

/// ECharts reads `{…}` in formatter strings as templates and rich-text styles: data text must not.
fn literal(text: &str) -> String {
    text.replace('{', "(").replace('}', ")")
}

/// A region's tooltip: its name in both languages, the metric and its figure, and the titles of its
/// consultations.
pub fn region_tooltip(ds: &Dataset, lang: Lang, data: &MapData, region: usize) -> String {
    let mut lines = vec![
        both_names(ds, lang, region),
        format!(
            "{}: {}",
            metric_label(lang, data.metric),
            value_text(lang, &data.values[region])
        ),
    ];
    let list = &data.consultations[region];
    if data.metric != MapMetric::Consultations {
        lines.push(t_with(
            lang,
            "map-tooltip-consultations",
            &[("count", Arg::Num(list.len() as f64))],
        ));
    }
    for &c in list.iter().take(TOOLTIP_TITLES) {
        let c = &ds.consultations[c];
        lines.push(format!(
            "• {} ({})",
            c.title.get(lang),
            crate::format::when(lang, c.when)
        ));
    }
    if list.len() > TOOLTIP_TITLES {
        lines.push(t_with(
            lang,
            "map-tooltip-more",
            &[("count", Arg::Num((list.len() - TOOLTIP_TITLES) as f64))],
        ));
    }
    literal(&lines.join("\n"))
}

/// What the map shows, in one sentence (the canvas's accessible description).
pub fn map_summary(ds: &Dataset, lang: Lang, data: &MapData) -> String {
    t_with(
        lang,
        "map-summary",
        &[
            ("metric", Arg::Str(metric_label(lang, data.metric))),
            ("with", Arg::Num(data.with_data() as f64)),
            ("total", Arg::Num(ds.regions.len() as f64)),
            ("state", Arg::Str(ds.country.name.get(lang).to_string())),
        ],
    )
}

/// The numbers at the ends of the colour scale.
fn scale_end(lang: Lang, metric: MapMetric, v: f64) -> String {
    match metric {
        MapMetric::Share(_) => t_with(lang, "map-scale-pct", &[("pct", Arg::Num(v.round()))]),
        _ => t_with(lang, "map-value", &[("value", Arg::Num(v.round()))]),
    }
}

/// The full ECharts option for the map: series data keyed by ISO 3166-2 code, each region named in
/// the reader's language, the regions in `selected` highlighted.
pub fn map_option(ds: &Dataset, lang: Lang, data: &MapData, selected: &[usize]) -> Value {
    let max = match data.metric {
        MapMetric::Share(_) => 100.0,
        _ => data
            .values
            .iter()
            .filter_map(|v| v.value)
            .fold(1.0_f64, f64::max),
    };
    let visual_map = VisualMap::new()
        .show(data.with_data() > 0)
        .min(0)
        .max(max)
        .orient(Orient::Horizontal)
        .left("left")
        .bottom(0)
        .calculable(false)
        .color(vec![Color::from(HIGH), Color::from(LOW)]);
    // Each component on its own (see `charts::part`), `visualMap` as the list ECharts accepts.
    let mut option = json!({
        "tooltip": part(&Tooltip::new().trigger(Trigger::Item)),
        "visualMap": [part(&visual_map)],
    });
    // charming has no `text` for a visual map (the numbers at the ends).
    let vm = &mut option["visualMap"][0];
    vm["text"] = json!([
        scale_end(lang, data.metric, max),
        scale_end(lang, data.metric, 0.0)
    ]);
    vm["itemHeight"] = json!(120);
    let items: Vec<Value> = data
        .values
        .iter()
        .map(|rv| {
            let region = &ds.regions[rv.region];
            let mut item = json!({
                "name": region.code,
                "value": rv.value,
                "selected": selected.contains(&rv.region),
                "tooltip": {"formatter": region_tooltip(ds, lang, data, rv.region)},
                "label": {"formatter": literal(region.name.get(lang))},
            });
            if SMALL_REGIONS.contains(&region.code.as_str()) {
                item["label"]["show"] = json!(false);
            }
            if rv.value.is_none() {
                item["itemStyle"] = json!({
                    "areaColor": NO_DATA_FILL,
                    "decal": {
                        "symbol": "rect",
                        "color": NO_DATA_HATCH,
                        "dashArrayX": [1, 0],
                        "dashArrayY": [2, 6],
                        "rotation": -std::f64::consts::FRAC_PI_4,
                    },
                });
            }
            item
        })
        .collect();
    option["tooltip"]["renderMode"] = json!("richText");
    option["tooltip"]["confine"] = json!(true);
    // A choropleth needs no motion: the selection shows at once (and on a projector).
    option["animation"] = json!(false);
    // A narrow map (a phone) keeps only the selected region's label.
    option["media"] = json!([{
        "query": {"maxWidth": 480},
        "option": {"series": [{"label": {"show": false}}]},
    }]);
    option["aria"] =
        json!({"enabled": true, "label": {"description": map_summary(ds, lang, data)}});
    option["series"] = json!([{
        "type": "map",
        "map": MAP_NAME,
        "nameProperty": NAME_PROPERTY,
        "roam": false,
        "left": 8,
        "right": 8,
        "top": 8,
        "bottom": 56,
        "selectedMode": "single",
        "label": {"show": true, "fontSize": 10, "color": INK, "textBorderColor": "#ffffff", "textBorderWidth": 2},
        "itemStyle": {"areaColor": NO_DATA_FILL, "borderColor": "#ffffff", "borderWidth": 1},
        "emphasis": {"label": {"show": true, "fontWeight": "bold"}, "itemStyle": {"areaColor": HOVER_FILL}},
        "select": {
            "label": {"show": true, "fontWeight": "bold", "color": INK},
            "itemStyle": {"areaColor": SELECTED_FILL, "borderColor": INK, "borderWidth": 2},
        },
        "data": items,
    }]);
    option
}

/// "February 2018: 19 of 21 aimags held consultations that the sources do not name" — one line per
/// consultation whose regions are only counted.
pub fn unnamed_notes(ds: &Dataset, lang: Lang) -> Vec<String> {
    ds.consultations
        .iter()
        .filter_map(|c| {
            let u = c.regions_unnamed?;
            Some(t_with(
                lang,
                "map-unnamed",
                &[
                    ("count", Arg::Num(u.count as f64)),
                    ("of", Arg::Num(u.of as f64)),
                    ("date", Arg::Str(crate::format::when(lang, c.when))),
                ],
            ))
        })
        .collect()
}

// --- selection -----------------------------------------------------------------------------------

/// Index of the region with this code.
pub fn region_index(ds: &Dataset, code: &str) -> Option<usize> {
    ds.regions.iter().position(|r| r.code == code)
}

/// The regions the query selects, in the dataset's order; codes the dataset does not know are left
/// out (the query notice names them).
pub fn selected_regions(ds: &Dataset, q: &Query) -> Vec<usize> {
    (0..ds.regions.len())
        .filter(|&i| q.regions.contains(&ds.regions[i].code))
        .collect()
}

/// The query after choosing the region `code` on the map or in the list: that region alone, or no
/// region when it was the one selected (a second click deselects).
pub fn choose_region(q: &Query, code: &str) -> Query {
    let regions = if q.regions.len() == 1 && q.regions.contains(code) {
        BTreeSet::new()
    } else {
        BTreeSet::from([code.to_string()])
    };
    Query {
        regions,
        page: 1,
        ..q.clone()
    }
}

/// The query with no region selected.
pub fn clear_regions(q: &Query) -> Query {
    Query {
        regions: BTreeSet::new(),
        page: 1,
        ..q.clone()
    }
}

/// The recommendations rated for this region (`view=recommendations&region=…`).
pub fn recommendations_link(q: &Query, code: &str) -> Query {
    Query {
        view: View::Recommendations,
        regions: BTreeSet::from([code.to_string()]),
        rec: None,
        page: 1,
        ..q.clone()
    }
}

/// The overview's charts counted for this region (`view=overview&region=…`).
pub fn charts_link(q: &Query, code: &str) -> Query {
    Query {
        view: View::Overview,
        regions: BTreeSet::from([code.to_string()]),
        rec: None,
        page: 1,
        ..q.clone()
    }
}

/// The consultations timeline narrowed to this region (`view=consultations&region=…`).
pub fn timeline_link(q: &Query, code: &str) -> Query {
    Query {
        view: View::Consultations,
        regions: BTreeSet::from([code.to_string()]),
        rec: None,
        page: 1,
        ..q.clone()
    }
}

// --- a region's panel ----------------------------------------------------------------------------

/// What the panel of a selected region says.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionFacts {
    pub region: usize,
    /// Consultations held in or covering it, earliest first.
    pub consultations: Vec<usize>,
    /// Consultations held in a number of aimags the sources do not name, which may include this
    /// one (only for aimags: "19 of 21 aimags").
    pub possibly: Vec<usize>,
    /// Recommendations with at least one rating about this region.
    pub rated_recommendations: usize,
}

/// Consultations whose regions the sources only count and that may include `region`. A round of
/// consultations whose other meetings are listed on their own (counted "15 of the 17 aimags left")
/// does not concern a region that has one of those meetings: a consultation of the same kind in it,
/// dated within the round.
fn possibly_in(ds: &Dataset, region: usize, named: &[usize]) -> Vec<usize> {
    if ds.regions[region].kind != RegionKind::Aimag {
        return Vec::new();
    }
    let held_its_own = |round: &crate::model::Consultation| {
        named.iter().any(|&n| {
            let n = &ds.consultations[n];
            n.kind == round.kind && n.when.within(&round.when)
        })
    };
    consultations_by_date(ds)
        .into_iter()
        .filter(|c| {
            let round = &ds.consultations[*c];
            round.regions_unnamed.is_some() && !named.contains(c) && !held_its_own(round)
        })
        .collect()
}

pub fn region_facts(ds: &Dataset, region: usize) -> RegionFacts {
    let consultations = consultations_by_region(ds).swap_remove(region);
    let possibly = possibly_in(ds, region, &consultations);
    let rated: BTreeSet<usize> = ds
        .assessments
        .iter()
        .filter(|a| a.region == Some(region))
        .map(|a| a.recommendation)
        .collect();
    RegionFacts {
        region,
        consultations,
        possibly,
        rated_recommendations: rated.len(),
    }
}

/// The consultations timeline: every consultation, earliest first; with regions selected, those
/// held in or covering them, then (for aimags) those in unnamed aimags that may include them.
pub fn timeline(ds: &Dataset, regions: &[usize]) -> Vec<usize> {
    if regions.is_empty() {
        return consultations_by_date(ds);
    }
    let per = consultations_per_region(ds);
    let mut keep: BTreeSet<usize> = regions
        .iter()
        .flat_map(|&r| per[r].iter().copied())
        .collect();
    for &r in regions {
        keep.extend(possibly_in(ds, r, &per[r]));
    }
    consultations_by_date(ds)
        .into_iter()
        .filter(|c| keep.contains(c))
        .collect()
}

/// Theme names of a consultation, in the reader's language ("what it discussed").
pub fn consultation_themes(ds: &Dataset, lang: Lang, consultation: usize) -> Vec<String> {
    ds.consultations[consultation]
        .themes
        .iter()
        .map(|&th| ds.themes[th].name.get(lang).to_string())
        .collect()
}
