//! A map of a State's first-level divisions brought by the user (GeoJSON), for a tracker of a
//! State other than Mongolia, whose aimags' map comes with the app. Each feature is a division
//! known by its ISO 3166-2 code (`SI-061`); its name is the feature's. Read here, the map becomes
//! part of the dataset (`map`, and one region per division), so it is kept, downloaded and shared
//! with the data.

use crate::i18n::{t_with, Arg, Lang};
use serde_json::{Map, Value};

/// The largest map file read (a detailed map of every municipality of a State is a few MB).
pub const MAX_BYTES: usize = 30 * 1024 * 1024;

/// Feature properties that hold the ISO 3166-2 code, in the order they are looked for: ours, then
/// those of common sources (geoBoundaries `shapeISO`, Natural Earth `iso_3166_2`, GADM `ISO_1`).
const CODE_KEYS: [&str; 6] = [
    crate::map::NAME_PROPERTY,
    "ISO_3166_2",
    "iso_3166-2",
    "ISO3166-2",
    "shapeISO",
    "ISO_1",
];
/// Feature properties that hold the division's name.
const NAME_KEYS: [&str; 7] = [
    "name_en",
    "name",
    "NAME",
    "shapeName",
    "NAME_1",
    "name_1",
    "NAME_EN",
];

/// One division of the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Division {
    pub code: String,
    pub name: String,
}

/// A map read: its divisions in the file's order, and the GeoJSON to draw (each feature carrying
/// its code under [`crate::map::NAME_PROPERTY`]).
#[derive(Clone, Debug, PartialEq)]
pub struct DivisionMap {
    pub divisions: Vec<Division>,
    pub geojson: String,
}

/// Why a file is not a map of the State's divisions. `feature` counts from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GeoProblem {
    TooLarge,
    /// Not JSON: where it breaks.
    NotJson(String),
    /// JSON, but not a GeoJSON `FeatureCollection` with features.
    NotFeatureCollection,
    /// A feature that is not a polygon or multipolygon.
    NotArea {
        feature: usize,
    },
    /// A feature with no ISO 3166-2 code among its properties.
    NoCode {
        feature: usize,
    },
    /// A feature of another State (its code does not start with the State's).
    OtherState {
        feature: usize,
        code: String,
    },
    /// Two features with one code.
    Duplicate {
        code: String,
    },
}

impl GeoProblem {
    /// The problem in the reader's words, naming the file.
    pub fn message(&self, lang: Lang, file: &str, state: &str) -> String {
        let s = |v: &str| Arg::Str(v.to_string());
        let n = |v: usize| Arg::Num(v as f64);
        let (id, mut args): (&str, Vec<(&str, Arg)>) = match self {
            GeoProblem::TooLarge => ("geo-too-large", vec![("mb", n(MAX_BYTES >> 20))]),
            GeoProblem::NotJson(detail) => ("geo-not-json", vec![("detail", s(detail))]),
            GeoProblem::NotFeatureCollection => ("geo-not-features", vec![]),
            GeoProblem::NotArea { feature } => ("geo-not-area", vec![("feature", n(*feature))]),
            GeoProblem::NoCode { feature } => ("geo-no-code", vec![("feature", n(*feature))]),
            GeoProblem::OtherState { feature, code } => (
                "geo-other-state",
                vec![("feature", n(*feature)), ("code", s(code))],
            ),
            GeoProblem::Duplicate { code } => ("geo-duplicate", vec![("code", s(code))]),
        };
        args.push(("file", s(file)));
        args.push(("state", s(state)));
        t_with(lang, id, &args)
    }
}

fn first_string(props: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter()
        .filter_map(|k| props.get(*k)?.as_str())
        .map(str::trim)
        .find(|v| !v.is_empty())
        .map(str::to_string)
}

/// Reads a GeoJSON of `state`'s (ISO 3166-1 alpha-2) first-level divisions.
pub fn read_divisions(text: &str, state: &str) -> Result<DivisionMap, GeoProblem> {
    if text.len() > MAX_BYTES {
        return Err(GeoProblem::TooLarge);
    }
    let mut doc: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| GeoProblem::NotJson(e.to_string()))?;
    let is_collection = doc.get("type").and_then(Value::as_str) == Some("FeatureCollection");
    let features = match doc.get_mut("features").and_then(Value::as_array_mut) {
        Some(f) if is_collection && !f.is_empty() => f,
        _ => return Err(GeoProblem::NotFeatureCollection),
    };
    let prefix = format!("{}-", state.to_ascii_uppercase());
    let mut divisions: Vec<Division> = Vec::with_capacity(features.len());
    for (i, feature) in features.iter_mut().enumerate() {
        let number = i + 1;
        let area = feature
            .get("geometry")
            .and_then(|g| g.get("type"))
            .and_then(Value::as_str)
            .is_some_and(|t| t == "Polygon" || t == "MultiPolygon");
        if !area {
            return Err(GeoProblem::NotArea { feature: number });
        }
        let props = feature
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let code = first_string(&props, &CODE_KEYS)
            .map(|c| c.to_ascii_uppercase())
            .ok_or(GeoProblem::NoCode { feature: number })?;
        let well_formed = code.strip_prefix(&prefix).is_some_and(|rest| {
            !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric())
        });
        if !well_formed {
            return Err(GeoProblem::OtherState {
                feature: number,
                code,
            });
        }
        if divisions.iter().any(|d| d.code == code) {
            return Err(GeoProblem::Duplicate { code });
        }
        let name = first_string(&props, &NAME_KEYS).unwrap_or_else(|| code.clone());
        if let Some(Value::Object(p)) = feature.get_mut("properties") {
            p.insert(crate::map::NAME_PROPERTY.into(), Value::from(code.clone()));
        } else if let Value::Object(f) = feature {
            let mut p = Map::new();
            p.insert(crate::map::NAME_PROPERTY.into(), Value::from(code.clone()));
            f.insert("properties".into(), Value::Object(p));
        }
        divisions.push(Division { code, name });
    }
    Ok(DivisionMap {
        divisions,
        geojson: doc.to_string(),
    })
}

/// The dataset text with the map in it: its `map`, and a region (`division`) for each division it
/// does not have yet (the regions it has keep their names). The data's other parts are untouched
/// and keep their order; the map is written on one line (pretty-printed, its coordinates would
/// take a line each).
pub fn with_map(dataset: &str, map: &DivisionMap) -> Result<String, String> {
    use crate::import::json::{indent_of, parse, Json, Obj};
    let mut doc = parse(dataset).ok_or("the dataset is not JSON")?;
    let obj = doc.as_obj_mut().ok_or("the dataset is not an object")?;
    obj.remove("map");
    if obj.get("regions").is_none() {
        obj.set("regions", Json::Arr(Vec::new()));
    }
    let Some(Json::Arr(regions)) = obj.get_mut("regions") else {
        return Err("the dataset's regions are not a list".into());
    };
    for d in &map.divisions {
        let known = regions
            .iter()
            .any(|r| r.as_obj().and_then(|o| o.str("code")) == Some(d.code.as_str()));
        if !known {
            regions.push(Json::Obj(
                Obj::new()
                    .with("code", d.code.as_str())
                    .with("kind", "division")
                    .with("name", Json::text(&d.name, None)),
            ));
        }
    }
    let text = doc.to_pretty(indent_of(dataset));
    let body = text
        .trim_end()
        .strip_suffix('}')
        .ok_or("the dataset is not an object")?
        .trim_end();
    let indent = " ".repeat(indent_of(dataset));
    Ok(format!("{body},\n{indent}\"map\": {}\n}}\n", map.geojson))
}
