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
    let mut push = |c: char, out: &mut String| {
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
    };
    for c in text.chars() {
        if c.is_ascii() {
            // Most of the text: no table lookup needed.
            push(c.to_ascii_lowercase(), &mut out);
        } else {
            for lower in c.to_lowercase() {
                push(lower, &mut out);
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// One word of a search, normalized, with a substring finder built once (the explorer looks for
/// the same word in every recommendation). A row matches a search when it contains every word.
pub struct Word {
    text: String,
    finder: memchr::memmem::Finder<'static>,
}

impl Word {
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where the word first occurs in a normalized text.
    pub fn find(&self, haystack: &[u8]) -> Option<usize> {
        self.finder.find(haystack)
    }

    pub fn is_in(&self, haystack: &[u8]) -> bool {
        self.find(haystack).is_some()
    }
}

/// The words of a search, normalized.
pub fn words(search: &str) -> Vec<Word> {
    normalize(search)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(|t| Word {
            text: t.to_string(),
            finder: memchr::memmem::Finder::new(t).into_owned(),
        })
        .collect()
}

/// Whether every word of `search` occurs in the (normalized) text.
pub fn matches(haystack_normalized: &str, search: &str) -> bool {
    let hay = haystack_normalized.as_bytes();
    words(search).iter().all(|w| w.is_in(hay))
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
        assert!(matches(&normalize("Bayan-Ölgii"), "olgii"));
    }

    #[test]
    fn mongolian_cyrillic_letters_fold_to_their_base() {
        assert_eq!(normalize("Өвөрхангай"), "оворхангаи");
        assert!(matches(&normalize("Өмнөговь"), "омноговь"));
        assert!(matches(&normalize("Үндэсний"), "үндэсний"));
    }

    #[test]
    fn every_term_must_match() {
        let hay = normalize("Ratify the Optional Protocol to the Convention against Torture");
        assert!(matches(&hay, "torture protocol"));
        assert!(!matches(&hay, "torture children"));
        assert!(matches(&hay, "   "));
    }
}
