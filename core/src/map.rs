//! The province map: one value per region for the chosen metric, and the ECharts option that draws
//! it. Regions without data are drawn and labelled "no data", never as zero.

use crate::i18n::{t, t_with, Arg, Lang};
use crate::model::Dataset;
use crate::summary::consultations_per_region;
use charming::component::VisualMap;
use charming::element::{Color, Orient, Tooltip, Trigger};
use charming::Chart;
use serde_json::{json, Value};

/// The name the GeoJSON is registered under with `echarts.registerMap`.
pub const MAP_NAME: &str = "mongolia_admin1";

#[derive(Clone, Debug, PartialEq)]
pub struct RegionValue {
    /// Index into `Dataset::regions`.
    pub region: usize,
    /// `None`: no data (drawn grey, labelled "no data").
    pub value: Option<f64>,
}

/// Consultations held in or covering each region, as far as the sources name the regions.
pub fn consultations_metric(ds: &Dataset) -> Vec<RegionValue> {
    consultations_per_region(ds)
        .into_iter()
        .enumerate()
        .map(|(region, list)| RegionValue {
            region,
            value: (!list.is_empty()).then_some(list.len() as f64),
        })
        .collect()
}

fn value_text(lang: Lang, v: Option<f64>) -> String {
    match v {
        Some(v) => format!("{v}"),
        None => t(lang, "no-data"),
    }
}

/// The text of a region's tooltip: its name in both languages and its value.
pub fn region_tooltip(ds: &Dataset, lang: Lang, rv: &RegionValue, metric_label: &str) -> String {
    let r = &ds.regions[rv.region];
    let other = match lang {
        Lang::En => Lang::Mn,
        Lang::Mn => Lang::En,
    };
    format!(
        "{} · {}\n{}: {}",
        r.name.get(lang),
        r.name.get(other),
        metric_label,
        value_text(lang, rv.value)
    )
}

/// The full ECharts option for the map (series data keyed by ISO 3166-2 code).
pub fn map_option(ds: &Dataset, lang: Lang, values: &[RegionValue], metric_label: &str) -> Value {
    let max = values
        .iter()
        .filter_map(|v| v.value)
        .fold(1.0_f64, f64::max);
    let chart = Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .visual_map(
            VisualMap::new()
                .min(0)
                .max(max)
                .orient(Orient::Horizontal)
                .left("left")
                .bottom(0)
                .calculable(false)
                .color(vec![Color::from("#08306b"), Color::from("#c6dbef")]),
        );
    let mut option = serde_json::to_value(&chart).unwrap_or_else(|_| json!({}));
    let data: Vec<Value> = values
        .iter()
        .map(|rv| {
            let code = &ds.regions[rv.region].code;
            let tip = region_tooltip(ds, lang, rv, metric_label);
            match rv.value {
                Some(v) => json!({"name": code, "value": v, "tooltip": {"formatter": tip}}),
                None => json!({"name": code, "value": null, "tooltip": {"formatter": tip}}),
            }
        })
        .collect();
    option["tooltip"]["renderMode"] = json!("richText");
    option["aria"] = json!({"enabled": true});
    option["series"] = json!([{
        "type": "map",
        "map": MAP_NAME,
        "nameProperty": "iso_3166_2",
        "roam": false,
        "selectedMode": false,
        "itemStyle": {"areaColor": "#e0e0e0", "borderColor": "#ffffff", "borderWidth": 1},
        "emphasis": {"label": {"show": false}, "itemStyle": {"areaColor": "#f4a261"}},
        "data": data,
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
