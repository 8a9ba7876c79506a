//! From a file's bytes to text, and the forgiving comparison of the words people type.

/// The file's bytes as text: UTF-8 with or without a byte-order mark, or UTF-16 (little or big
/// endian) with one, as Excel's "Unicode text" is. `None` for anything else.
pub(crate) fn decode(bytes: &[u8]) -> Option<String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return std::str::from_utf8(rest).ok().map(str::to_string);
    }
    let utf16 = |rest: &[u8], big: bool| -> Option<String> {
        if !rest.len().is_multiple_of(2) {
            return None;
        }
        let units = rest.chunks_exact(2).map(|p| {
            if big {
                u16::from_be_bytes([p[0], p[1]])
            } else {
                u16::from_le_bytes([p[0], p[1]])
            }
        });
        let text: Result<String, _> = char::decode_utf16(units).collect();
        text.ok()
            .map(|t| t.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(t))
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, false);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, true);
    }
    std::str::from_utf8(bytes).ok().map(str::to_string)
}

/// The delimiter of a CSV file, from its first line: the most frequent of `,` `;` and tab outside
/// quotes (a comma when there is none, a one-column file).
pub(crate) fn delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    candidates[best]
}

/// A word as compared: lower case, Latin diacritics dropped, spaces, underscores, hyphens and dots
/// alike, runs of them collapsed, trimmed.
pub(crate) fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ű' => 'u',
            'ё' => 'е',
            c => c,
        };
        if c.is_whitespace() || matches!(c, '_' | '-' | '.' | '\u{2010}'..='\u{2015}') {
            gap = true;
        } else if !c.is_control() && c != '\u{feff}' && c != '\u{200b}' {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        }
    }
    out
}

/// A header as compared: `norm`, after dropping a trailing `*` (required mark) and a trailing
/// explanation in brackets, e.g. `date (YYYY-MM-DD)`.
pub(crate) fn norm_header(s: &str) -> String {
    let mut h = s.trim().trim_end_matches('*').trim_end();
    if h.ends_with(')') {
        if let Some(open) = h.rfind('(') {
            if open > 0 {
                h = &h[..open];
            }
        }
    }
    norm(h.trim_end_matches('*'))
}

/// A cell's text: trimmed of spaces (including no-break spaces).
pub(crate) fn clean(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}')
}

/// An id made from a name: Latin letters, digits and hyphens; Mongolian Cyrillic transliterated.
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let latin: &str = match c {
            'a'..='z' | '0'..='9' => {
                out.push(c);
                continue;
            }
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' => "e",
            'ё' => "yo",
            'ж' => "j",
            'з' => "z",
            'и' | 'й' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' | 'ө' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ү' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' | 'щ' => "sh",
            'ы' => "y",
            'ь' => "i",
            'э' => "e",
            'ю' => "yu",
            'я' => "ya",
            'ъ' => "",
            c => {
                let folded = norm(&c.to_string());
                match folded.chars().next() {
                    Some(f) if f.is_ascii_alphanumeric() => {
                        out.push(f);
                        continue;
                    }
                    _ => "-",
                }
            }
        };
        out.push_str(latin);
    }
    let mut slug = String::new();
    for part in out.split('-').filter(|p| !p.is_empty()) {
        if slug.len() + part.len() > 48 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(part);
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_decoded_from_utf8_and_utf16_with_a_mark() {
        assert_eq!(decode(b"\xEF\xBB\xBFa,b").as_deref(), Some("a,b"));
        assert_eq!(decode("төлөв".as_bytes()).as_deref(), Some("төлөв"));
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("ab\tтө".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le).as_deref(), Some("ab\tтө"));
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("x;ү".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).as_deref(), Some("x;ү"));
        assert_eq!(decode(b"\xC0\xAF"), None);
        assert_eq!(decode(&[0xFF, 0xFE, 0x00]), None);
    }

    #[test]
    fn the_delimiter_is_read_from_the_first_line() {
        assert_eq!(delimiter("a,b,c\n1;2;3;4;5"), b',');
        assert_eq!(delimiter("a;b;\"c,d,e\"\n"), b';');
        assert_eq!(delimiter("a\tb\r\n"), b'\t');
        assert_eq!(delimiter("one"), b',');
    }

    #[test]
    fn words_compare_loosely() {
        assert_eq!(norm("  Assessor_Kind "), "assessor kind");
        assert_eq!(norm("assessor-kind"), "assessor kind");
        assert_eq!(norm("ТӨЛӨВ"), "төлөв");
        assert_eq!(norm("Bayan-Ölgii"), norm("bayan olgii"));
        assert_eq!(norm_header("Date (YYYY-MM-DD)*"), "date");
        assert_eq!(clean("\u{a0} x \t"), "x");
    }

    #[test]
    fn slugs_are_latin() {
        assert_eq!(
            slug("NHRC mid-term assessment 2024"),
            "nhrc-mid-term-assessment-2024"
        );
        assert_eq!(
            slug("Хүний эрхийн үндэсний комисс"),
            "khunii-erkhiin-undesnii-komiss"
        );
        assert_eq!(slug("???"), "");
    }
}
