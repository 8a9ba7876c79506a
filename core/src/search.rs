//! Search that ignores case and diacritics, in Latin and Cyrillic: "ovorkhangai" finds "Övörkhangai",
//! "өвөрхангай" and "оворхангай" find each other.

/// Folds one lower-case character to its base letter.
fn fold_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ş' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ř' => 'r',
        'ł' => 'l',
        'ť' | 'ţ' => 't',
        'ğ' => 'g',
        // Cyrillic: Mongolian ө and ү, and ё, й, are searched as their base letters.
        'ө' => 'о',
        'ү' => 'у',
        'ё' => 'е',
        'й' => 'и',
        '’' | '‘' | '`' => '\'',
        _ => c,
    }
}

/// Lower-cases and folds a text for searching; runs of whitespace become one space.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else if ('\u{300}'..='\u{36f}').contains(&c) {
            // a combining accent (decomposed input): drop it
        } else {
            out.push(fold_char(c));
            space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The words of a search; a row matches when it contains every one of them.
/// The words of a search, normalized, each with a substring finder built once (the explorer
/// tests every recommendation against the same words).
pub struct Terms(Vec<memchr::memmem::Finder<'static>>);

impl Terms {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

pub fn terms(search: &str) -> Terms {
    Terms(
        normalize(search)
            .split(' ')
            .filter(|t| !t.is_empty())
            .map(|t| memchr::memmem::Finder::new(t).into_owned())
            .collect(),
    )
}

/// Whether every word occurs in the (normalized) text.
pub fn matches(haystack_normalized: &str, terms: &Terms) -> bool {
    let hay = haystack_normalized.as_bytes();
    terms.0.iter().all(|f| f.find(hay).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_latin_diacritics_are_ignored() {
        assert_eq!(
            normalize("Övörkhangai  CÔTE d’Ivoire"),
            "ovorkhangai cote d'ivoire"
        );
        assert!(matches(&normalize("Bayan-Ölgii"), &terms("olgii")));
    }

    #[test]
    fn mongolian_cyrillic_letters_fold_to_their_base() {
        assert_eq!(normalize("Өвөрхангай"), "оворхангаи");
        assert!(matches(&normalize("Өмнөговь"), &terms("омноговь")));
        assert!(matches(&normalize("Үндэсний"), &terms("үндэсний")));
    }

    #[test]
    fn every_term_must_match() {
        let hay = normalize("Ratify the Optional Protocol to the Convention against Torture");
        assert!(matches(&hay, &terms("torture protocol")));
        assert!(!matches(&hay, &terms("torture children")));
        assert!(matches(&hay, &terms("   ")));
    }
}
