//! A JSON value that keeps the order of object keys as written, so that a merged dataset reads like
//! the file it came from (the crate's `serde_json` sorts keys, which would reorder the whole file).

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::fmt;

#[derive(Clone, Debug)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Num(serde_json::Number),
    Str(String),
    Arr(Vec<Json>),
    Obj(Obj),
}

/// An object: its members in the order they were written (a repeated key keeps its first place and
/// its last value, as `serde_json` reads it).
#[derive(Clone, Debug, Default)]
pub(crate) struct Obj(Vec<(String, Json)>);

impl Obj {
    pub fn new() -> Self {
        Self(Vec::new())
    }
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    /// Replaces the value in its place, or appends the member.
    pub fn set(&mut self, key: &str, value: Json) {
        match self.get_mut(key) {
            Some(slot) => *slot = value,
            None => self.0.push((key.to_string(), value)),
        }
    }
    /// Takes the member out, if there.
    pub fn remove(&mut self, key: &str) {
        self.0.retain(|(k, _)| k != key);
    }
    /// Builder form of `set`.
    pub fn with(mut self, key: &str, value: impl Into<Json>) -> Self {
        self.set(key, value.into());
        self
    }
    pub fn str(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Json::as_str)
    }
    /// The members' names, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
    pub fn arr(&self, key: &str) -> &[Json] {
        match self.get(key) {
            Some(Json::Arr(items)) => items,
            _ => &[],
        }
    }
}

impl PartialEq for Obj {
    /// Members compare regardless of their order.
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl PartialEq for Json {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Json::Null, Json::Null) => true,
            (Json::Bool(a), Json::Bool(b)) => a == b,
            (Json::Num(a), Json::Num(b)) => a == b || a.as_f64() == b.as_f64(),
            (Json::Str(a), Json::Str(b)) => a == b,
            (Json::Arr(a), Json::Arr(b)) => a == b,
            (Json::Obj(a), Json::Obj(b)) => a == b,
            _ => false,
        }
    }
}

impl Json {
    /// The value as a reader sees it: text as it is, a list joined with `; `, nothing as `—`, an
    /// object as its compact JSON.
    pub fn shown(&self) -> String {
        match self {
            Json::Null => "—".to_string(),
            Json::Bool(b) => b.to_string(),
            Json::Num(n) => n.to_string(),
            Json::Str(s) => s.clone(),
            Json::Arr(items) => items.iter().map(Json::shown).collect::<Vec<_>>().join("; "),
            Json::Obj(_) => serde_json::to_string(self).unwrap_or_default(),
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_obj(&self) -> Option<&Obj> {
        match self {
            Json::Obj(o) => Some(o),
            _ => None,
        }
    }
    pub fn as_obj_mut(&mut self) -> Option<&mut Obj> {
        match self {
            Json::Obj(o) => Some(o),
            _ => None,
        }
    }
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Num(n) => n.as_u64(),
            _ => None,
        }
    }
    /// `{"en": …, "mn": …}`; `mn` is `null` when not given.
    pub fn text(en: &str, mn: Option<&str>) -> Json {
        Json::Obj(
            Obj::new()
                .with("en", en)
                .with("mn", mn.map_or(Json::Null, Json::from)),
        )
    }
    pub fn strings(items: &[String]) -> Json {
        Json::Arr(items.iter().map(|s| Json::from(s.as_str())).collect())
    }
    /// Pretty-printed with `indent` spaces, as the dataset files are.
    pub fn to_pretty(&self, indent: usize) -> String {
        let spaces = vec![b' '; indent.max(1)];
        let mut out = Vec::new();
        let formatter = serde_json::ser::PrettyFormatter::with_indent(&spaces);
        let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
        // Writing into memory a value whose keys are strings cannot fail.
        let _ = self.serialize(&mut ser);
        String::from_utf8(out).unwrap_or_default()
    }
}

impl From<&str> for Json {
    fn from(s: &str) -> Self {
        Json::Str(s.to_string())
    }
}

impl From<String> for Json {
    fn from(s: String) -> Self {
        Json::Str(s)
    }
}

impl From<u64> for Json {
    fn from(n: u64) -> Self {
        Json::Num(n.into())
    }
}

impl From<bool> for Json {
    fn from(b: bool) -> Self {
        Json::Bool(b)
    }
}

impl From<Obj> for Json {
    fn from(o: Obj) -> Self {
        Json::Obj(o)
    }
}

impl From<Option<String>> for Json {
    fn from(s: Option<String>) -> Self {
        s.map_or(Json::Null, Json::Str)
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => s.serialize_unit(),
            Json::Bool(b) => s.serialize_bool(*b),
            Json::Num(n) => n.serialize(s),
            Json::Str(v) => s.serialize_str(v),
            Json::Arr(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Obj(obj) => {
                let mut map = s.serialize_map(Some(obj.0.len()))?;
                for (k, v) in &obj.0 {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Num(n.into()))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Num(n.into()))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
        Ok(serde_json::Number::from_f64(n).map_or(Json::Null, Json::Num))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Arr(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut obj = Obj::new();
        while let Some((k, v)) = map.next_entry::<String, Json>()? {
            obj.set(&k, v);
        }
        Ok(Json::Obj(obj))
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

/// Parses JSON text, keeping the order of keys.
pub(crate) fn parse(text: &str) -> Option<Json> {
    serde_json::from_str(text).ok()
}

/// The indentation of a pretty-printed file (the spaces before its second line), 2 if unknown.
pub(crate) fn indent_of(text: &str) -> usize {
    text.lines()
        .nth(1)
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .filter(|n| (1..=8).contains(n))
        .unwrap_or(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_their_order_and_the_real_dataset_prints_back_as_it_was() {
        let text = r#"{"b": 1, "a": [true, null, 2.5, "x"], "c": {"z": -1, "y": {}}}"#;
        let v = parse(text).unwrap();
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"b":1,"a":[true,null,2.5,"x"],"c":{"z":-1,"y":{}}}"#
        );
        let real = include_str!("../../../public/data/mongolia-upr.json");
        let v = parse(real).unwrap();
        assert_eq!(indent_of(real), 1);
        assert_eq!(format!("{}\n", v.to_pretty(1)), real);
    }

    #[test]
    fn objects_compare_regardless_of_key_order() {
        assert_eq!(parse(r#"{"a":1,"b":[1,2]}"#), parse(r#"{"b":[1,2],"a":1}"#));
        assert_ne!(parse(r#"{"a":1}"#), parse(r#"{"a":1,"b":2}"#));
        assert_ne!(parse("[1,2]"), parse("[2,1]"));
    }
}
