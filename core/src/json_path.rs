//! Where in a JSON text a parser stopped, as a path (`recommendations[1].states`): the dataset is
//! read in one fast pass, and only when that pass fails is the text scanned again, up to the
//! failure's line and column, to say which value was wrong.

/// One open object or array on the way to the failure.
enum Frame {
    /// The key of the member being read (`None` before the first key).
    Object(Option<String>),
    /// The index of the element being read.
    Array(usize),
}

/// The byte offset of a 1-based line and column (columns count bytes, as serde_json does).
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    (start + column).min(text.len())
}

/// Reads a JSON string starting after its opening quote; returns its text and the offset after
/// the closing quote (or the end).
fn read_string(bytes: &[u8], mut i: usize) -> (String, usize) {
    let mut out = Vec::new();
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (String::from_utf8_lossy(&out).into_owned(), i + 1),
            b'\\' if i + 1 < bytes.len() => {
                let c = bytes[i + 1];
                i += 2;
                match c {
                    b'n' => out.push(b'\n'),
                    b't' => out.push(b'\t'),
                    b'r' => out.push(b'\r'),
                    b'b' => out.push(8),
                    b'f' => out.push(12),
                    b'u' if i + 4 <= bytes.len() => {
                        let hex = std::str::from_utf8(&bytes[i..i + 4]).unwrap_or("");
                        let ch = u32::from_str_radix(hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or('\u{fffd}');
                        let mut buf = [0u8; 4];
                        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        i += 4;
                    }
                    other => out.push(other),
                }
                continue;
            }
            b => out.push(b),
        }
        i += 1;
    }
    (String::from_utf8_lossy(&out).into_owned(), i)
}

/// The path of the value being read at `line`:`column` of `text`, written like
/// `recommendations[1].states`; empty at the top level.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    path_at_offset(text, offset_of(text, line, column))
}

/// The line and column (as serde_json counts them) of a byte offset: `offset_of`'s inverse.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    (line, before.len() - line_start)
}

/// `path_at` for a byte offset.
pub fn path_at_offset(text: &str, end: usize) -> String {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    // In an object: whether the next string is a key.
    let mut want_key = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => {
                stack.push(Frame::Object(None));
                want_key = true;
            }
            b'[' => {
                stack.push(Frame::Array(0));
                want_key = false;
            }
            b'}' | b']' => {
                stack.pop();
                want_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(_)) => want_key = true,
                None => {}
            },
            b'"' => {
                let (s, next) = read_string(bytes, i + 1);
                if want_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        *key = Some(s);
                    }
                    want_key = false;
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::path_at;
    use proptest::prelude::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Rec {
        id: String,
        states: Vec<String>,
    }

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        recommendations: Vec<Rec>,
    }

    fn failure_path(text: &str) -> String {
        let e = serde_json::from_str::<Doc>(text).expect_err("fails");
        path_at(text, e.line(), e.column())
    }

    #[test]
    fn a_wrong_type_is_named_by_the_path_to_its_value() {
        let text = r#"{"title": "t", "recommendations": [
            {"id": "a", "states": ["X"]},
            {"id": "b", "states": "France"}
        ]}"#;
        assert_eq!(failure_path(text), "recommendations[1].states");
    }

    #[test]
    fn a_missing_field_is_named_by_the_object_that_lacks_it() {
        let text = r#"{"title": "t", "recommendations": [{"id": "a", "states": []}, {"id": "b"}]}"#;
        assert_eq!(failure_path(text), "recommendations[1]");
    }

    #[test]
    fn keys_with_escapes_and_cyrillic_are_read_as_written() {
        let text = "{\"title\": 1}";
        assert_eq!(failure_path(text), "title");
        let text = "{\"a\\\"b\": {\"ключ\": [1, {\"x\": 2}]}}";
        let end = text.find("2}").unwrap() + 1;
        assert_eq!(path_at(text, 1, end), "a\"b.ключ[1].x");
    }

    #[test]
    fn an_element_of_a_nested_array_names_every_index() {
        let text = r#"{"title": "t", "recommendations": [{"id": "a", "states": ["X", 3]}]}"#;
        assert_eq!(failure_path(text), "recommendations[0].states[1]");
    }

    proptest! {
        #[test]
        fn any_text_and_any_place_give_a_path_without_panicking(text in "\\PC{0,80}", line in 0usize..4, column in 0usize..100) {
            let _ = path_at(&text, line, column);
        }
    }
}
