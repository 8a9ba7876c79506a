//! The URL state: one typed struct, parsed leniently per key and written back in a fixed key order,
//! leaving out defaults. Readable values: `view=map`, `lang=mn`.

use crate::i18n::Lang;

pub const KEY_VIEW: &str = "view";
pub const KEY_LANG: &str = "lang";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Overview,
    Recommendations,
    Map,
    Consultations,
}

impl View {
    pub const ALL: [View; 4] = [
        View::Overview,
        View::Recommendations,
        View::Map,
        View::Consultations,
    ];
    pub fn word(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Recommendations => "recommendations",
            View::Map => "map",
            View::Consultations => "consultations",
        }
    }
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.word() == word)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub view: View,
    pub lang: Lang,
}

/// A key whose value could not be used; the rest of the URL still applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryIssue {
    pub key: String,
    pub value: String,
}

impl Query {
    /// Reads the pairs of a query string. Unknown keys are left alone (other issues' keys, tracking
    /// parameters); an invalid value of a known key is reported and the default kept.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, Vec<QueryIssue>) {
        let mut q = Query::default();
        let mut issues = Vec::new();
        for (key, value) in pairs {
            let ok = match key {
                KEY_VIEW => View::parse(value).map(|v| q.view = v).is_some(),
                KEY_LANG => Lang::parse(value).map(|l| q.lang = l).is_some(),
                _ => true,
            };
            if !ok {
                issues.push(QueryIssue {
                    key: key.to_string(),
                    value: value.to_string(),
                });
            }
        }
        (q, issues)
    }

    /// The pairs to put in the URL, in a fixed order, defaults left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.view != View::default() {
            pairs.push((KEY_VIEW, self.view.word().to_string()));
        }
        if self.lang != Lang::default() {
            pairs.push((KEY_LANG, self.lang.code().to_string()));
        }
        pairs
    }

    /// `?view=map&lang=mn`, or the empty string for the default view.
    pub fn to_search(&self) -> String {
        let pairs = self.to_pairs();
        if pairs.is_empty() {
            return String::new();
        }
        let body: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        format!("?{}", body.join("&"))
    }

    pub fn with_view(&self, view: View) -> Self {
        Self {
            view,
            ..self.clone()
        }
    }
    pub fn with_lang(&self, lang: Lang) -> Self {
        Self {
            lang,
            ..self.clone()
        }
    }
}

/// Percent-encodes what is not safe in a query value (keeps `~`, letters, digits and `-._`).
pub fn encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
