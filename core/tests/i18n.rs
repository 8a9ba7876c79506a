//! The i18n layer: both languages have the same messages, and every message parses.

use std::collections::BTreeSet;
use upr_core::i18n::{message_ids, sources};
use upr_core::{t, t_count, Lang};

#[test]
fn every_message_parses_in_both_languages() {
    for (name, lang) in [("en", Lang::En), ("mn", Lang::Mn)] {
        let sources = sources(lang);
        for (i, src) in sources.iter().enumerate() {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(src.to_string()) {
                panic!("{name} file {i}: {errors:?}");
            }
        }
    }
}

#[test]
fn english_and_mongolian_have_the_same_messages() {
    let en: BTreeSet<String> = message_ids(&sources(Lang::En)).into_iter().collect();
    let mn: BTreeSet<String> = message_ids(&sources(Lang::Mn)).into_iter().collect();
    assert_eq!(
        en.len(),
        message_ids(&sources(Lang::En)).len(),
        "a message id is defined twice in the English files"
    );
    assert_eq!(
        mn.len(),
        message_ids(&sources(Lang::Mn)).len(),
        "a message id is defined twice in the Mongolian files"
    );
    assert_eq!(
        en.difference(&mn).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "missing in mn.ftl"
    );
    assert_eq!(
        mn.difference(&en).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "missing in en.ftl"
    );
    assert!(en.len() > 100);
}

#[test]
fn every_message_formats_to_real_text_in_both_languages() {
    for id in message_ids(&sources(Lang::En)) {
        for lang in Lang::ALL {
            let text = t(lang, &id);
            assert_ne!(text, id, "{id} in {lang:?}");
        }
    }
}

#[test]
fn mongolian_text_is_in_cyrillic() {
    assert_eq!(t(Lang::Mn, "nav-map"), "Газрын зураг");
    assert!(t(Lang::Mn, "status-fully")
        .chars()
        .any(|c| ('\u{400}'..='\u{4ff}').contains(&c)));
}

#[test]
fn counts_take_the_right_plural() {
    assert_eq!(
        t_count(Lang::En, "recommendations-count", 1),
        "1 recommendation"
    );
    assert_eq!(
        t_count(Lang::En, "recommendations-count", 129),
        "129 recommendations"
    );
    assert_eq!(
        t_count(Lang::Mn, "recommendations-count", 129),
        "129 зөвлөмж"
    );
}

#[test]
fn an_unknown_message_id_shows_itself_rather_than_nothing() {
    assert_eq!(t(Lang::Mn, "no-such-message"), "no-such-message");
}
