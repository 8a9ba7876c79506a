//! What the rows refer to, read from the dataset as it stands: its regions, themes, cycles,
//! documents and recommendations, found by id or by either language's name.

use crate::import::json::{Json, Obj};
use crate::import::problem::ImportProblemKind as K;
use crate::import::text::norm;
use crate::import::values;
use std::collections::HashSet;

/// What the rows refer to: the dataset's ids and names, read from the JSON as it stands.
pub(super) struct Lookup {
    pub(super) regions: Vec<[String; 5]>,
    pub(super) themes: Vec<[String; 3]>,
    pub(super) cycles: Vec<(u32, Vec<String>)>,
    pub(super) documents: HashSet<String>,
    pub(super) recommendations: Vec<(String, String)>,
}

pub(super) fn entries<'a>(doc: &'a Json, list: &str) -> impl Iterator<Item = &'a Obj> {
    doc.as_obj()
        .map_or(&[][..], |o| o.arr(list))
        .iter()
        .filter_map(Json::as_obj)
}

pub(super) fn text_of(o: &Obj, key: &str) -> (String, String) {
    let t = o.get(key).and_then(Json::as_obj);
    let get = |k: &str| t.and_then(|t| t.str(k)).unwrap_or("").to_string();
    (get("en"), get("mn"))
}

impl Lookup {
    pub(super) fn new(doc: &Json) -> Self {
        let s = |o: &Obj, k: &str| o.str(k).unwrap_or("").to_string();
        Self {
            regions: entries(doc, "regions")
                .map(|r| {
                    let (en, mn) = text_of(r, "name");
                    let (cen, cmn) = text_of(r, "capital");
                    [s(r, "code"), en, mn, cen, cmn]
                })
                .collect(),
            themes: entries(doc, "themes")
                .map(|t| {
                    let (en, mn) = text_of(t, "name");
                    [s(t, "id"), en, mn]
                })
                .collect(),
            cycles: entries(doc, "cycles")
                .filter_map(|c| {
                    let n = c.get("number").and_then(Json::as_u64)?;
                    let docs = c
                        .arr("documents")
                        .iter()
                        .filter_map(|d| d.as_str().map(str::to_string))
                        .collect();
                    Some((u32::try_from(n).ok()?, docs))
                })
                .collect(),
            documents: entries(doc, "documents").map(|d| s(d, "id")).collect(),
            recommendations: entries(doc, "recommendations")
                .map(|r| (s(r, "id"), s(r, "paragraph")))
                .collect(),
        }
    }

    /// A region's code from its code or its English or Mongolian name (or, failing those, the name
    /// of its centre when only one region has it).
    pub(super) fn region(&self, value: &str) -> Option<String> {
        let v = norm(value);
        if v.is_empty() {
            return None;
        }
        let by = |fields: &[usize]| {
            let found: Vec<&[String; 5]> = self
                .regions
                .iter()
                .filter(|r| fields.iter().any(|&i| norm(&r[i]) == v))
                .collect();
            (found.len() == 1).then(|| found[0][0].clone())
        };
        by(&[0]).or_else(|| by(&[1, 2])).or_else(|| by(&[3, 4]))
    }

    pub(super) fn theme(&self, value: &str) -> Option<String> {
        let v = norm(value);
        self.themes
            .iter()
            .find(|t| t.iter().any(|f| !f.is_empty() && norm(f) == v))
            .map(|t| t[0].clone())
    }

    pub(super) fn recommendation(&self, value: &str) -> Result<String, K> {
        if let Some((id, _)) = self.recommendations.iter().find(|(id, _)| id == value) {
            return Ok(id.clone());
        }
        let lower = value.to_lowercase();
        if let Some((id, _)) = self
            .recommendations
            .iter()
            .find(|(id, _)| id.to_lowercase() == lower)
        {
            return Ok(id.clone());
        }
        let by_paragraph: Vec<String> = self
            .recommendations
            .iter()
            .filter(|(_, p)| p == value)
            .map(|(id, _)| id.clone())
            .collect();
        match by_paragraph.len() {
            1 => Ok(by_paragraph[0].clone()),
            0 => Err(K::UnknownRecommendation {
                value: value.to_string(),
            }),
            _ => Err(K::AmbiguousParagraph {
                value: value.to_string(),
                ids: by_paragraph,
            }),
        }
    }
}

/// Resolves every item of a list cell with `find`; an item that is not found but holds commas is
/// tried as a comma-separated list. Returns the found values and the items not found.
pub(super) fn resolve_list(
    cell: &str,
    find: impl Fn(&str) -> Option<String>,
) -> (Vec<String>, Vec<String>) {
    let mut found = Vec::new();
    let mut unknown = Vec::new();
    for item in values::list(cell) {
        if let Some(v) = find(&item) {
            found.push(v);
            continue;
        }
        let parts: Vec<Option<String>> = item
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(&find)
            .collect();
        if parts.len() > 1 && parts.iter().all(Option::is_some) {
            found.extend(parts.into_iter().flatten());
        } else {
            unknown.push(item);
        }
    }
    let mut seen = HashSet::new();
    found.retain(|v| seen.insert(v.clone()));
    (found, unknown)
}
