//! Synthetic datasets for tests and benchmarks only: seeded, reproducible, in the real format, and
//! titled as synthetic everywhere a user could see them. Never bundled with the app.

use serde_json::{json, Value};

/// A small, seeded generator (SplitMix64): the same seed gives the same dataset.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const VERBS: [&str; 8] = [
    "Ratify",
    "Adopt",
    "Strengthen",
    "Ensure",
    "Establish",
    "Continue",
    "Review",
    "Consider",
];
const OBJECTS: [&str; 12] = [
    "the legal framework on domestic violence",
    "independent monitoring of places of detention",
    "access to education for children with disabilities",
    "the national human rights commission's mandate",
    "measures against trafficking in persons",
    "protection of human rights defenders",
    "the rights of herders affected by mining",
    "gender equality in public employment",
    "training for police and judges",
    "the optional protocol on a communications procedure",
    "free legal aid in rural provinces",
    "birth registration in remote soums",
];
const ENDINGS: [&str; 6] = [
    "in line with international standards",
    "with adequate resources",
    "in consultation with civil society",
    "and report on progress",
    "throughout the country, including in the aimags",
    "as a matter of priority",
];
const STATES: [&str; 40] = [
    "Argentina",
    "Australia",
    "Austria",
    "Belgium",
    "Brazil",
    "Canada",
    "Chile",
    "China",
    "Côte d'Ivoire",
    "Cuba",
    "Czechia",
    "Denmark",
    "Egypt",
    "Estonia",
    "Finland",
    "France",
    "Germany",
    "Ghana",
    "Hungary",
    "India",
    "Indonesia",
    "Ireland",
    "Italy",
    "Japan",
    "Kazakhstan",
    "Kyrgyzstan",
    "Mexico",
    "Netherlands",
    "New Zealand",
    "Norway",
    "Philippines",
    "Poland",
    "Portugal",
    "Republic of Korea",
    "Russian Federation",
    "Slovenia",
    "Spain",
    "Sweden",
    "Türkiye",
    "Viet Nam",
];
const REGIONS: [&str; 22] = [
    "MN-1", "MN-035", "MN-037", "MN-039", "MN-041", "MN-043", "MN-046", "MN-047", "MN-049",
    "MN-051", "MN-053", "MN-055", "MN-057", "MN-059", "MN-061", "MN-063", "MN-064", "MN-065",
    "MN-067", "MN-069", "MN-071", "MN-073",
];
const THEMES: [&str; 8] = [
    "instruments",
    "violence",
    "children",
    "disability",
    "justice",
    "detention",
    "equality",
    "environment",
];
const KINDS: [&str; 3] = ["government", "nhri", "civil_society"];
const STATUSES: [&str; 3] = ["fully", "partially", "not"];

fn text(en: &str) -> Value {
    json!({ "en": en, "mn": format!("{en} (синтетик)") })
}

/// A dataset of `count` synthetic recommendations (about 60 % rated by one to three kinds of
/// assessor, some about a single province), as the JSON text of a dataset file.
pub fn dataset_json(count: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let regions: Vec<Value> = REGIONS
        .iter()
        .map(|code| json!({ "code": code, "kind": if *code == "MN-1" { "capital" } else { "aimag" }, "name": text(&format!("Region {code}")), "capital": text("Centre") }))
        .collect();
    let cycles: Vec<Value> = (1..=4)
        .map(|n| json!({ "number": n, "review_date": format!("{}-11-02", 2006 + 4 * n + n / 2), "wg_session": 9 + 13 * (n - 1), "documents": ["SYN/1"], "recommendations_in_dataset": true }))
        .collect();
    let themes: Vec<Value> = THEMES
        .iter()
        .map(|t| json!({ "id": t, "name": text(&format!("Theme {t}")) }))
        .collect();
    let sources: Vec<Value> = KINDS
        .iter()
        .flat_map(|k| (0..3).map(move |y| json!({ "id": format!("{k}-{y}"), "kind": k, "title": text(&format!("Synthetic {k} report {y}")), "date": format!("{}", 2016 + 3 * y), "document": "SYN/1" })))
        .collect();
    let mut recommendations = Vec::with_capacity(count);
    let mut assessments = Vec::new();
    let per_cycle = count.div_ceil(4).max(1);
    for i in 0..count {
        let cycle = 1 + i / per_cycle;
        let id = format!(
            "c{cycle}-{}.{}",
            80 + (i % per_cycle) / 1000,
            (i % per_cycle) % 1000 + 1
        );
        let sentence = format!(
            "{} {} {}",
            rng.pick(&VERBS),
            rng.pick(&OBJECTS),
            rng.pick(&ENDINGS)
        );
        let n_states = 1 + usize::from(rng.below(5) == 0);
        let states: Vec<&str> = (0..n_states)
            .map(|_| *rng.pick(&STATES))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let n_themes = 1 + rng.below(2);
        let rec_themes: Vec<&str> = (0..n_themes)
            .map(|_| *rng.pick(&THEMES))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let paragraph = id
            .split_once('-')
            .map(|(_, p)| p.to_string())
            .unwrap_or_default();
        recommendations.push(json!({
            "id": id, "cycle": cycle, "paragraph": paragraph, "text": sentence, "states": states,
            "response": if rng.below(10) == 0 { "noted" } else { "supported" },
            "response_document": "SYN/1", "document": "SYN/1", "themes": rec_themes,
        }));
        if rng.below(10) < 6 {
            for kind in KINDS {
                if rng.below(3) == 0 {
                    continue;
                }
                let year = rng.below(3);
                let region = (rng.below(8) == 0).then(|| *rng.pick(&REGIONS));
                assessments.push(json!({
                    "recommendation": id, "source": format!("{kind}-{year}"), "status": rng.pick(&STATUSES),
                    "date": format!("{}-{:02}", 2016 + 3 * year, 1 + rng.below(12)), "evidence": "Synthetic evidence.",
                    "citation": "Synthetic, p. 1", "region": region,
                }));
            }
        }
    }
    let consultations: Vec<Value> = REGIONS
        .iter()
        .enumerate()
        .map(|(i, code)| json!({
            "id": format!("k{i}"), "kind": "provincial", "date": format!("2018-{:02}", 1 + i % 12), "title": text("Synthetic consultation"),
            "host": { "region": code, "town": text("Centre") }, "regions": [code], "organisers": [text("Synthetic organiser")],
            "participants": { "total": 20 + i, "approximate": false, "groups": [] }, "themes": [THEMES[i % THEMES.len()]], "sources": ["SYN/1"],
        }))
        .collect();
    let doc = json!({
        "format": crate::load::FORMAT,
        "version": crate::load::VERSION,
        "title": { "en": format!("SYNTHETIC TEST DATA ({count} recommendations) — not real", ), "mn": format!("СИНТЕТИК ТУРШИЛТЫН ӨГӨГДӨЛ ({count}) — бодит биш") },
        "as_of": "2026-01-01",
        "country": { "code": "MN", "name": text("Synthetic country") },
        "documents": [{ "id": "SYN/1", "title": "Synthetic document (generated for tests)", "publisher": "upr-core synthetic generator" }],
        "regions": regions, "cycles": cycles, "themes": themes, "recommendations": recommendations,
        "assessment_sources": sources, "assessments": assessments, "consultations": consultations,
    });
    doc.to_string()
}

/// An assessments CSV of `n` rows for the bundled data, with problems in it: every third row names
/// a recommendation that does not exist (`c9-…`), every seventh has a date that is not one; each
/// row has an assessor of its own.
pub fn assessments_with_problems(n: usize) -> String {
    let mut text = String::from(
        "recommendation,assessor_kind,assessor,status,date,evidence,citation,region\n",
    );
    for i in 0..n {
        let rec = if i % 3 == 0 {
            format!("c9-{i}")
        } else {
            format!("c1-84.{}", i % 118 + 1)
        };
        let date = if i % 7 == 0 {
            "someday".to_string()
        } else {
            format!("20{:02}-01-01", 11 + i % 14)
        };
        text.push_str(&format!("{rec},ngo,Coalition {i},fully,{date},,p. {i},\n"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_synthetic_dataset_loads_and_says_it_is_synthetic() {
        let loaded = crate::load_dataset(&dataset_json(1000, 7)).expect("loads");
        assert_eq!(loaded.dataset.recommendations.len(), 1000);
        assert!(loaded.dataset.title.en.starts_with("SYNTHETIC"));
        assert!(loaded.dataset.assessments.len() > 500);
        assert!(loaded
            .dataset
            .assessments
            .iter()
            .any(|a| a.region.is_some()));
    }

    #[test]
    fn the_same_seed_gives_the_same_dataset() {
        assert_eq!(dataset_json(200, 1), dataset_json(200, 1));
        assert_ne!(dataset_json(200, 1), dataset_json(200, 2));
    }
}
