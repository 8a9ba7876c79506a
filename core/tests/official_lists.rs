//! The readers of official lists on the real files (in `tests/fixtures/official-lists/`): OHCHR's
//! thematic lists of Slovenia's 2nd and 4th cycles.

use upr_core::import::official::{docx, ohchr, OfficialList, PositionSource};
use upr_core::model::Response;

fn list(name: &str) -> OfficialList {
    let path = format!(
        "{}/../tests/fixtures/official-lists/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let text = docx::read(&bytes).expect("a Word file");
    assert!(ohchr::is_thematic_list(&text));
    ohchr::read(&text)
}

fn count(l: &OfficialList, p: Response) -> usize {
    l.recommendations
        .iter()
        .filter(|r| r.position == Some(p))
        .count()
}

#[test]
fn the_cycle_4_list_has_254_recommendations_217_supported_37_noted() {
    let l = list("slovenia-upr48-cycle4-thematic-list.docx");
    assert_eq!(l.problems, []);
    assert_eq!(
        (l.state_name.as_str(), l.state.map(|s| s.code)),
        ("Slovenia", Some("SI"))
    );
    assert_eq!((l.cycle, l.session), (Some(4), Some(48)));
    assert_eq!(l.recommendations.len(), 254);
    assert_eq!(count(&l, Response::Supported), 217);
    assert_eq!(count(&l, Response::Noted), 37);
    let r = l
        .recommendations
        .iter()
        .find(|r| r.paragraph == "140.7")
        .expect("140.7");
    assert_eq!(r.states, ["Maldives", "Portugal"]);
    assert_eq!(
        r.text,
        "Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights"
    );
    assert_eq!(
        r.position_source,
        Some(PositionSource {
            document: "A/HRC/59/15/Add.1".into(),
            paragraph: Some("3".into())
        })
    );
    assert_eq!(
        r.section.as_deref(),
        Some("Ratification of & accession to international instruments")
    );
    assert!(r
        .themes
        .contains(&"Ratification of & accession to international instruments".to_string()));
    assert_eq!(r.persons, ["Public officials"]);
    assert_eq!(r.sdgs[..3], ["1", "2", "3"]);
    // Every recommendation has a State, a position and its source.
    assert!(l.recommendations.iter().all(|r| !r.states.is_empty()
        && r.position.is_some()
        && r.position_source.is_some()
        && !r.text.is_empty()));
}

#[test]
fn the_cycle_2_list_has_163_recommendations_142_supported_21_noted() {
    let l = list("slovenia-upr20-cycle2-thematic-list.docx");
    assert_eq!(l.problems, []);
    assert_eq!((l.cycle, l.session), (Some(2), Some(20)));
    assert_eq!(l.recommendations.len(), 163);
    assert_eq!(count(&l, Response::Supported), 142);
    assert_eq!(count(&l, Response::Noted), 21);
    let r = l
        .recommendations
        .iter()
        .find(|r| r.paragraph == "115.3")
        .expect("115.3");
    assert_eq!(r.states, ["Portugal", "Slovakia"]);
    assert_eq!(r.persons, ["children"]);
    assert_eq!(r.themes, ["A12 Acceptance of international norms"]);
    let parts = l
        .recommendations
        .iter()
        .find(|r| r.paragraph == "115.106")
        .expect("115.106");
    assert_eq!(parts.states, ["Netherlands (Kingdom of the)", "Bahrain"]);
}

mod import {
    use upr_core::import::{plan_import, FileKind, ImportFile, Table};
    use upr_core::summary::cycle_summaries;
    use upr_core::{load_dataset, Lang};

    fn file(name: &str) -> ImportFile {
        let path = format!(
            "{}/../tests/fixtures/official-lists/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        ImportFile {
            name: name.to_string(),
            bytes: std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        }
    }

    fn shipped() -> String {
        std::fs::read_to_string(format!(
            "{}/../public/data/mongolia-upr.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("the bundled dataset")
    }

    const CYCLE_4: &str = "slovenia-upr48-cycle4-thematic-list.docx";

    #[test]
    fn a_list_about_another_state_is_not_merged_and_offers_a_tracker_for_it() {
        let base = shipped();
        let plan = plan_import(&base, &[file(CYCLE_4)]);
        assert_eq!(plan.files[0].kind, FileKind::OfficialList);
        assert_eq!(plan.files[0].rows, 254);
        assert!(plan.merged_json.is_none(), "never merged silently");
        let other: Vec<String> = plan.errors().map(|p| p.message(Lang::En)).collect();
        assert_eq!(other.len(), 1, "{other:?}");
        assert!(
            other[0].contains("Slovenia") && other[0].contains("Mongolia"),
            "{other:?}"
        );
        let summary = upr_core::import::report(&plan, Lang::En).summary;
        assert!(
            summary.starts_with("This list is about Slovenia"),
            "{summary}"
        );
        let tracker = plan
            .trackers
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("{:?}", plan.problems));
        assert_eq!(
            (tracker.state.as_str(), tracker.code.as_str()),
            ("Slovenia", "SI")
        );
        let loaded = load_dataset(&tracker.json).expect("the tracker loads");
        let ds = &loaded.dataset;
        assert_eq!(ds.country.code, "SI");
        assert_eq!(ds.as_of.to_string(), "2025-07-03");
        assert_eq!(ds.recommendations.len(), 254);
        let s = &cycle_summaries(ds, &loaded.prepared.latest)[0];
        assert_eq!(
            (s.received, s.supported, s.noted),
            (Some(254), Some(217), Some(37))
        );
        let r = ds
            .recommendations
            .iter()
            .find(|r| r.id == "c4-140.7")
            .expect("c4-140.7");
        assert_eq!(r.states, ["Maldives", "Portugal"]);
        assert_eq!(
            ds.documents[r.response_document.unwrap()].id,
            "A/HRC/59/15/Add.1"
        );
        assert_eq!(ds.documents[r.document].id, "A/HRC/59/15");
        assert_eq!(r.response_paragraph.as_deref(), Some("3"));
        assert_eq!(r.session, Some(48));
        assert!(r.sdgs.contains(&"5".to_string()));
        assert_eq!(ds.cycles[r.cycle.unwrap()].number, 4);
    }

    #[test]
    fn the_same_list_twice_changes_nothing_and_keeps_what_was_added_since() {
        let base = shipped();
        let tracker = plan_import(&base, &[file(CYCLE_4)])
            .trackers
            .into_iter()
            .next()
            .expect("tracker")
            .json;
        let again = plan_import(&tracker, &[file(CYCLE_4)]);
        assert!(!again.has_errors(), "{:?}", again.problems);
        assert_eq!(again.merged_json.as_deref(), Some(tracker.as_str()));
        let recs = again
            .changes_of(Table::Recommendations)
            .expect("recommendations");
        assert_eq!((recs.added, recs.changed, recs.unchanged), (0, 0, 254));
    }

    #[test]
    fn what_is_not_a_list_is_said_and_changes_nothing() {
        let base = shipped();
        let mut truncated = file(CYCLE_4);
        truncated.bytes.truncate(truncated.bytes.len() / 2);
        truncated.name = "cut.docx".into();
        let not_zip = ImportFile {
            name: "notes.docx".into(),
            bytes: b"PK\x03\x04 but nothing else".to_vec(),
        };
        for f in [truncated, not_zip] {
            let plan = plan_import(&base, std::slice::from_ref(&f));
            assert!(plan.merged_json.is_none());
            assert!(plan.trackers.is_empty());
            let messages: Vec<String> = plan.errors().map(|p| p.message(Lang::En)).collect();
            assert!(!messages.is_empty(), "{}", f.name);
            assert!(plan.errors().all(|p| p.file == f.name), "{messages:?}");
        }
    }
}

mod never_panics {
    use proptest::prelude::*;
    use upr_core::import::{plan_import, ImportFile};

    fn real() -> Vec<u8> {
        std::fs::read(format!(
            "{}/../tests/fixtures/official-lists/slovenia-upr20-cycle2-thematic-list.docx",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture")
    }

    const BASE: &str = include_str!("../../tests/fixtures/minimal.json");

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn random_bytes_after_a_zip_signature(tail in proptest::collection::vec(any::<u8>(), 0..400)) {
            let mut bytes = b"PK\x03\x04".to_vec();
            bytes.extend(tail);
            let plan = plan_import(BASE, &[ImportFile { name: "x.docx".into(), bytes }]);
            prop_assert!(plan.merged_json.is_none());
        }

        #[test]
        fn a_real_list_with_bytes_changed(at in 0usize..58_000, with in any::<u8>(), cut in 1_000usize..58_779) {
            let mut bytes = real();
            let i = at % bytes.len();
            bytes[i] = with;
            bytes.truncate(cut.max(i + 1));
            // Whatever it says, it says it without panicking.
            let _ = plan_import(BASE, &[ImportFile { name: "x.docx".into(), bytes }]);
        }
    }
}

mod filters {
    use upr_core::explore::filter;
    use upr_core::facets::{facets, Facet};
    use upr_core::import::{plan_import, ImportFile};
    use upr_core::query::Query;
    use upr_core::{load_dataset, Lang};

    fn tracker() -> upr_core::Loaded {
        let name = "slovenia-upr48-cycle4-thematic-list.docx";
        let bytes = std::fs::read(format!(
            "{}/../tests/fixtures/official-lists/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture");
        let base = std::fs::read_to_string(format!(
            "{}/../public/data/mongolia-upr.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("bundled");
        let plan = plan_import(
            &base,
            &[ImportFile {
                name: name.into(),
                bytes,
            }],
        );
        load_dataset(&plan.trackers.into_iter().next().expect("tracker").json).expect("loads")
    }

    #[test]
    fn sdg_persons_ohchr_theme_and_session_filter_with_exact_counts() {
        let l = tracker();
        let (ds, prep) = (&l.dataset, &l.prepared);
        let all = facets(ds, prep, &Query::new());
        // Every SDG goal a recommendation serves (through a target too) counts it once.
        for (goal, n) in &all.sdgs {
            let want = ds
                .recommendations
                .iter()
                .filter(|r| {
                    r.sdgs
                        .iter()
                        .any(|s| s.split('.').next() == Some(&goal.to_string()))
                })
                .count();
            assert_eq!(*n, want, "SDG {goal}");
            let (q, issues) = Query::parse_search(&format!("?sdg={goal}"));
            assert!(issues.is_empty());
            assert_eq!(filter(ds, prep, &q).len(), want, "SDG {goal}");
        }
        let five = all.sdgs.iter().find(|(g, _)| *g == 5).expect("SDG 5").1;
        assert!(five > 0 && five < 254, "{five}");
        assert_eq!(all.sessions, [(48, 254)]);
        for (person, n) in all.persons.iter().take(5) {
            let mut q = Query::new();
            q.toggle(Facet::Persons, person);
            assert_eq!(filter(ds, prep, &q).len(), *n, "{person}");
        }
        let (theme, n) = all.ohchr_themes.first().expect("an OHCHR theme").clone();
        let mut q = Query::new();
        q.toggle(Facet::OhchrTheme, &theme);
        assert_eq!(filter(ds, prep, &q).len(), n);
        // The panel's names of the goals are the UN's, in both languages.
        let values = all.values(ds, Facet::Sdg, Lang::En);
        assert!(values
            .iter()
            .any(|v| v.word == "5" && v.label == "5 — Gender equality"));
        let values = all.values(ds, Facet::Sdg, Lang::Mn);
        assert!(values
            .iter()
            .any(|v| v.word == "5" && v.label.contains("Жендэрийн")));
    }

    #[test]
    fn the_overview_has_a_chart_by_sdg_counting_each_goal_once_per_recommendation() {
        use upr_core::charts::{all_charts, ChartContext};
        let l = tracker();
        let (ds, prep) = (&l.dataset, &l.prepared);
        let q = Query::new();
        let rows = filter(ds, prep, &q);
        let charts = all_charts(&ChartContext {
            ds,
            prepared: prep,
            rows: &rows,
            query: &q,
            lang: Lang::En,
            reduced_motion: true,
        });
        let sdg = charts
            .iter()
            .find(|c| c.id == "sdg")
            .expect("a chart by SDG");
        // No theme coding of our own yet: no chart by it.
        assert!(charts.iter().all(|c| c.id != "theme"));
        assert_eq!(
            sdg.title,
            "Implementation status by Sustainable Development Goal"
        );
        let five = sdg
            .table
            .rows
            .iter()
            .find(|r| r[0] == "5 — Gender equality")
            .expect("goal 5");
        // Every recommendation serving goal 5, none assessed yet.
        assert_eq!(five.last().map(String::as_str), Some("54"));
        assert_eq!(five[4], "54", "not assessed: {five:?}");
    }
}

mod made_up {
    //! Word files made here, each a thematic list with one thing wrong.
    use std::io::Write;
    use upr_core::import::{plan_import, ImportFile};
    use upr_core::Lang;
    use zip::write::SimpleFileOptions;

    fn docx(header: &str, rows: &[[&str; 2]]) -> Vec<u8> {
        made(header, rows, true)
    }

    fn made(header: &str, rows: &[[&str; 2]], dated: bool) -> Vec<u8> {
        let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let body: String = rows
            .iter()
            .map(|[a, b]| format!("<w:tr>{}{}</w:tr>", cell(a), cell(b)))
            .collect();
        let document = format!(
            r#"<w:document xmlns:w="w"><w:body><w:tbl><w:tr>{}{}</w:tr>{body}</w:tbl></w:body></w:document>"#,
            cell("Recommendation and recommending State"),
            cell("Position of the State under review")
        );
        let head =
            format!(r#"<w:hdr xmlns:w="w"><w:p><w:r><w:t>{header}</w:t></w:r></w:p></w:hdr>"#);
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        let props = r#"<cp:coreProperties><dcterms:modified>2025-07-03T14:18:00Z</dcterms:modified></cp:coreProperties>"#.to_string();
        let mut parts = vec![("word/document.xml", document), ("word/header1.xml", head)];
        if dated {
            parts.push(("docProps/core.xml", props));
        }
        for (name, text) in parts {
            zip.start_file(name, options).expect("zip");
            zip.write_all(text.as_bytes()).expect("zip");
        }
        zip.finish().expect("zip").into_inner()
    }

    fn problems(bytes: Vec<u8>) -> Vec<String> {
        let base = include_str!("../../tests/fixtures/minimal.json");
        let plan = plan_import(
            base,
            &[ImportFile {
                name: "list.docx".into(),
                bytes,
            }],
        );
        assert!(plan.merged_json.is_none() && plan.trackers.is_empty());
        plan.errors()
            .map(|p| format!("{}: {}", p.location(Lang::En), p.message(Lang::En)))
            .collect()
    }

    #[test]
    fn a_list_whose_header_names_no_state_is_refused_with_why() {
        let got = problems(docx(
            "Thematic list of recommendations",
            &[["1.1 Do one thing (France);", "Supported"]],
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("does not name the State"), "{got:?}");
    }

    #[test]
    fn a_row_without_paragraph_or_with_an_unknown_position_is_named_by_its_row() {
        let got = problems(docx(
            "UPR of Slovenia (4th Cycle - 48th Session)",
            &[
                ["Do one thing (France);", "Supported"],
                ["140.2 Do another (Spain);", "Maybe"],
            ],
        ));
        assert!(
            got.iter()
                .any(|p| p.contains("row 2") && p.contains("without its paragraph number")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|p| p.contains("row 3") && p.contains("“Maybe”")),
            "{got:?}"
        );
    }

    #[test]
    fn a_list_that_says_nothing_of_its_date_starts_no_tracker_and_says_why() {
        let got = problems(made(
            "UPR of Slovenia (4th Cycle - 48th Session)",
            &[["140.1 Do one thing (France);", "Supported"]],
            false,
        ));
        assert!(
            got.iter()
                .any(|p| p.contains("does not say when it was made")),
            "{got:?}"
        );
    }

    #[test]
    fn a_part_that_unpacks_past_the_cap_is_refused_unread() {
        // 65 MB of nothing, packed to a few kilobytes: a "zip bomb" posing as a Word file.
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(false);
        zip.start_file("word/document.xml", options).expect("zip");
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..65 {
            zip.write_all(&chunk).expect("zip");
        }
        let bytes = zip.finish().expect("zip").into_inner();
        assert!(bytes.len() < 1 << 20, "{} bytes", bytes.len());
        let got = problems(bytes);
        assert!(
            got.iter().any(|p| p.contains("unpacks to more than 64 MB")),
            "{got:?}"
        );
    }

    #[test]
    fn markup_in_a_list_is_text() {
        // `&lt;script&gt;` in the XML is the text "<script>": kept as text, never as markup.
        let base = include_str!("../../tests/fixtures/minimal.json");
        let bytes = docx(
            "UPR of Slovenia (4th Cycle - 48th Session)",
            &[[
                "140.1 Do &lt;script&gt;alert(1)&lt;/script&gt; now (France);",
                "Supported",
            ]],
        );
        let plan = plan_import(
            base,
            &[ImportFile {
                name: "list.docx".into(),
                bytes,
            }],
        );
        let tracker = plan
            .trackers
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("{:?}", plan.problems));
        let loaded = upr_core::load_dataset(&tracker.json).expect("loads");
        assert_eq!(
            loaded.dataset.recommendations[0].text,
            "Do <script>alert(1)</script> now"
        );
    }
}
