//! A map of another State's first-level divisions (GeoJSON) loaded into a tracker: its features
//! become the data's regions and its map, read from the common sources' properties; a file that is
//! not such a map is refused with the reason and the feature.

use serde_json::json;
use upr_core::geo::{read_divisions, with_map, GeoProblem};
use upr_core::import::{plan_import, ImportFile};
use upr_core::map::has_map;
use upr_core::model::RegionKind;
use upr_core::{load_dataset, Lang};

fn root(path: &str) -> String {
    format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))
}

/// A tracker for Slovenia made from its real cycle-4 list.
fn slovenia_tracker() -> String {
    let name = "slovenia-upr48-cycle4-thematic-list.docx";
    let bytes = std::fs::read(root(&format!("tests/fixtures/official-lists/{name}"))).unwrap();
    let base = std::fs::read_to_string(root("public/data/mongolia-upr.json")).unwrap();
    let plan = plan_import(
        &base,
        &[ImportFile {
            name: name.into(),
            bytes,
        }],
    );
    plan.trackers
        .into_iter()
        .next()
        .expect("a tracker for Slovenia")
        .json
}

/// A square around (x, y), as a map file's feature.
fn square(x: f64, y: f64, properties: serde_json::Value) -> serde_json::Value {
    json!({
        "type": "Feature",
        "properties": properties,
        "geometry": { "type": "Polygon", "coordinates": [[[x, y], [x + 0.5, y], [x + 0.5, y + 0.5], [x, y + 0.5], [x, y]]] }
    })
}

/// Two divisions of Slovenia, written as geoBoundaries' ADM1 files write them (made by the test:
/// the shapes are squares, the codes and names Slovenia's).
fn slovenia_map() -> String {
    json!({
        "type": "FeatureCollection",
        "features": [
            square(14.5, 46.0, json!({ "shapeName": "Ljubljana", "shapeISO": "SI-061", "shapeGroup": "SVN" })),
            square(15.6, 46.5, json!({ "shapeName": "Maribor", "shapeISO": "SI-070" })),
        ]
    })
    .to_string()
}

#[test]
fn a_map_file_gives_the_tracker_its_provinces_and_its_map() {
    let tracker = slovenia_tracker();
    let before = load_dataset(&tracker).expect("loads").dataset;
    assert!(!has_map(&before), "no map before one is loaded");

    let map = read_divisions(&slovenia_map(), "SI").expect("a map of Slovenia");
    let codes: Vec<(&str, &str)> = map
        .divisions
        .iter()
        .map(|d| (d.code.as_str(), d.name.as_str()))
        .collect();
    assert_eq!(codes, [("SI-061", "Ljubljana"), ("SI-070", "Maribor")]);
    // The map to draw carries each code under the property the map's series reads.
    assert!(map.geojson.contains("\"iso_3166_2\":\"SI-061\""));

    let text = with_map(&tracker, &map).expect("the data with its map");
    let loaded = load_dataset(&text).expect("loads");
    let ds = &loaded.dataset;
    assert!(has_map(ds));
    // A map file's names are its own: no warning asks for their Mongolian.
    let before_warnings = load_dataset(&tracker).unwrap().warnings.len();
    assert_eq!(
        loaded.warnings.len(),
        before_warnings,
        "{:?}",
        loaded.warnings
    );
    assert_eq!(ds.regions.len(), 2);
    assert_eq!(ds.regions[0].code, "SI-061");
    assert_eq!(ds.regions[0].name.get(Lang::En), "Ljubljana");
    assert_eq!(ds.regions[0].kind, RegionKind::Division);
    assert_eq!(ds.regions[0].capital, None);
    assert!(ds.map.as_deref().is_some_and(|m| m.contains("SI-070")));
    // Nothing else changed: the same recommendations, in the same order of keys.
    assert_eq!(ds.recommendations, before.recommendations);
    assert!(text.starts_with(&tracker[..40]));
    // The same map again adds no region twice.
    let again = with_map(&text, &map).expect("again");
    assert_eq!(load_dataset(&again).unwrap().dataset.regions.len(), 2);
    assert_eq!(again, text);
}

#[test]
fn the_bundled_map_of_mongolia_reads_as_its_22_divisions() {
    let text = std::fs::read_to_string(root("public/data/mongolia_admin1.geojson")).unwrap();
    let map = read_divisions(&text, "MN").expect("Mongolia's map");
    assert_eq!(map.divisions.len(), 22);
    assert!(map.divisions.iter().any(|d| d.code == "MN-1"));
    // Not a map of Slovenia.
    assert!(matches!(
        read_divisions(&text, "SI"),
        Err(GeoProblem::OtherState { feature: 1, .. })
    ));
}

#[test]
fn what_is_not_a_map_of_the_states_divisions_is_refused_with_the_feature() {
    let collection = |features: Vec<serde_json::Value>| {
        json!({ "type": "FeatureCollection", "features": features }).to_string()
    };
    let point = json!({ "type": "Feature", "properties": { "shapeISO": "SI-061" }, "geometry": { "type": "Point", "coordinates": [14.5, 46.0] } });
    let cases = [
        ("{ not json".to_string(), "not JSON"),
        (
            json!({ "type": "Feature" }).to_string(),
            "FeatureCollection",
        ),
        (collection(vec![]), "FeatureCollection"),
        (collection(vec![point]), "feature 1 is not an area"),
        (
            collection(vec![
                square(0.0, 0.0, json!({ "ISO_3166_2": "SI-061" })),
                square(1.0, 0.0, json!({ "name": "Nowhere" })),
            ]),
            "feature 2 has no ISO 3166-2 code",
        ),
        (
            collection(vec![square(0.0, 0.0, json!({ "iso_3166_2": "MN-035" }))]),
            "the code MN-035, which is not one of Slovenia’s",
        ),
        (
            collection(vec![
                square(0.0, 0.0, json!({ "shapeISO": "SI-061" })),
                square(1.0, 0.0, json!({ "shapeISO": "si-061" })),
            ]),
            "two features have the code SI-061",
        ),
    ];
    for (text, expected) in cases {
        let problem = read_divisions(&text, "SI").expect_err(expected);
        let message = problem.message(Lang::En, "slovenia.geojson", "Slovenia");
        assert!(message.contains("slovenia.geojson"), "{message}");
        assert!(message.contains(expected), "{message}");
        let mn = problem.message(Lang::Mn, "slovenia.geojson", "Словени");
        assert!(mn.contains("slovenia.geojson") && mn != message, "{mn}");
    }
}

proptest::proptest! {
    /// Any text, and a real map with a byte changed, is read or refused without a panic.
    #[test]
    fn any_text_is_read_or_refused(noise in ".{0,60}", at in 0usize..4000) {
        let _ = read_divisions(&noise, "SI");
        let mut text = slovenia_map();
        let i = (at % text.len()..).find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        text.insert_str(i, &noise);
        let _ = read_divisions(&text, "SI");
    }
}
