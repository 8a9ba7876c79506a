//! Every user-visible string goes through here: Project Fluent messages in `core/locales/*.ftl`,
//! English and Mongolian (Cyrillic).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Mn,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Mn];
    /// The BCP 47 code, also used in the URL and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Mn => "mn",
        }
    }
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }
    /// The language's own name, for the switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Mn => "Монгол",
        }
    }
}

/// The message files of each language, one per area of the app (`core/locales/<lang>/*.ftl`).
pub const EN_FTL: &[&str] = &[
    include_str!("../locales/en/shell.ftl"),
    include_str!("../locales/en/explorer.ftl"),
    include_str!("../locales/en/charts.ftl"),
    include_str!("../locales/en/data.ftl"),
];
pub const MN_FTL: &[&str] = &[
    include_str!("../locales/mn/shell.ftl"),
    include_str!("../locales/mn/explorer.ftl"),
    include_str!("../locales/mn/charts.ftl"),
    include_str!("../locales/mn/data.ftl"),
];

/// The Map and Consultations views' words (`map.ftl`) and those of recording ratings
/// (`assess.ftl`): in the web app they are fetched with those
/// views ([`ftl_path`], [`add_messages`]), not part of the first download; everywhere else
/// (native tests, the prerenderer) they are compiled in.
#[cfg(not(target_arch = "wasm32"))]
const EN_VIEWS: &[&str] = &[
    include_str!("../locales/en/map.ftl"),
    include_str!("../locales/en/assess.ftl"),
];
#[cfg(not(target_arch = "wasm32"))]
const MN_VIEWS: &[&str] = &[
    include_str!("../locales/mn/map.ftl"),
    include_str!("../locales/mn/assess.ftl"),
];
#[cfg(target_arch = "wasm32")]
const EN_VIEWS: &[&str] = &[];
#[cfg(target_arch = "wasm32")]
const MN_VIEWS: &[&str] = &[];

/// The import check's own words (its problems and its report): compiled in only with the feature
/// `import-check`, which the import worker and the tests turn on, so that they are not part of the
/// app's first download (the app shows the sentences the worker sends).
///
/// The Data view's words (`import.ftl`: the guide, the templates' columns) go with them; the app
/// fetches them when the Data view opens ([`ftl_path`], [`add_messages`]).
#[cfg(feature = "import-check")]
const EN_CHECK: &[&str] = &[
    include_str!("../locales/en/import.ftl"),
    include_str!("../locales/en/import-check.ftl"),
];
#[cfg(feature = "import-check")]
const MN_CHECK: &[&str] = &[
    include_str!("../locales/mn/import.ftl"),
    include_str!("../locales/mn/import-check.ftl"),
];
#[cfg(not(feature = "import-check"))]
const EN_CHECK: &[&str] = &[];
#[cfg(not(feature = "import-check"))]
const MN_CHECK: &[&str] = &[];

/// Every message file of `lang` compiled into this build.
pub fn sources(lang: Lang) -> Vec<&'static str> {
    match lang {
        Lang::En => EN_FTL
            .iter()
            .chain(EN_VIEWS)
            .chain(EN_CHECK)
            .copied()
            .collect(),
        Lang::Mn => MN_FTL
            .iter()
            .chain(MN_VIEWS)
            .chain(MN_CHECK)
            .copied()
            .collect(),
    }
}

/// An argument of a message.
#[derive(Clone, Debug)]
pub enum Arg {
    Str(String),
    Num(f64),
}

struct Bundles {
    en: FluentBundle<FluentResource>,
    mn: FluentBundle<FluentResource>,
}

fn bundle(lang: Lang, sources: &[&str]) -> FluentBundle<FluentResource> {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    for source in sources {
        // A syntax error keeps the messages that parsed; the test `every_message_parses` catches it.
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

thread_local! {
    static BUNDLES: RefCell<Option<Bundles>> = const { RefCell::new(None) };
}

/// Where the app finds a message file fetched after start (`import`, `map`) in a language (copied
/// into the build by Trunk).
pub fn ftl_path(lang: Lang, name: &str) -> String {
    format!("locales/{}/{name}.ftl", lang.code())
}

/// Runs `f` on the bundles, made the first time.
fn with_bundles<R>(f: impl FnOnce(&mut Bundles) -> R) -> R {
    BUNDLES.with(|cell| {
        let mut slot = cell.borrow_mut();
        let bundles = slot.get_or_insert_with(|| Bundles {
            en: bundle(Lang::En, &sources(Lang::En)),
            mn: bundle(Lang::Mn, &sources(Lang::Mn)),
        });
        f(bundles)
    })
}

/// Adds the messages of a Fluent source fetched after start (the Data view's) to `lang`'s; a
/// message already known keeps its text. Whether the source parsed whole.
pub fn add_messages(lang: Lang, source: &str) -> bool {
    let (resource, parsed) = match FluentResource::try_new(source.to_string()) {
        Ok(r) => (r, true),
        Err((partial, _)) => (partial, false),
    };
    with_bundles(|b| {
        let bundle = match lang {
            Lang::En => &mut b.en,
            Lang::Mn => &mut b.mn,
        };
        // Messages already there are kept (an error is returned for them, and ignored).
        let _ = bundle.add_resource(resource);
    });
    parsed
}

/// Whether `lang` has the message `id`.
pub fn has_message(lang: Lang, id: &str) -> bool {
    with_bundles(|b| match lang {
        Lang::En => b.en.has_message(id),
        Lang::Mn => b.mn.has_message(id),
    })
}

fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    with_bundles(|bundles| {
        let primary = match lang {
            Lang::En => &bundles.en,
            Lang::Mn => &bundles.mn,
        };
        for b in [primary, &bundles.en] {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        id.to_string()
    })
}

/// The message `id` in `lang` (English if Mongolian lacks it; the id itself if both do).
pub fn t(lang: Lang, id: &str) -> String {
    format(lang, id, None)
}

/// The message `id` with arguments.
pub fn t_with(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fa.set(k.to_string(), FluentValue::from(s.clone())),
            Arg::Num(n) => fa.set(k.to_string(), FluentValue::from(*n)),
        }
    }
    format(lang, id, Some(&fa))
}

/// Shorthand for a message with one number, e.g. a count with its plural.
pub fn t_count(lang: Lang, id: &str, count: usize) -> String {
    t_with(lang, id, &[("count", Arg::Num(count as f64))])
}

/// The ids of the messages in Fluent sources, for the completeness tests.
pub fn message_ids(sources: &[&str]) -> Vec<String> {
    let mut ids = Vec::new();
    for source in sources {
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        ids.extend(resource.entries().filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        }));
    }
    ids
}
