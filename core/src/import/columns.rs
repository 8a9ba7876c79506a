//! The three CSV templates: their columns, the headers each column is recognised by (English and
//! Mongolian), which kind a file is, and the empty templates to download.

use super::text::norm_header;
use crate::i18n::{t, Lang};

/// The kinds of CSV file the importer reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CsvKind {
    Recommendations,
    Assessments,
    Consultations,
}

impl CsvKind {
    pub const ALL: [CsvKind; 3] = [
        CsvKind::Recommendations,
        CsvKind::Assessments,
        CsvKind::Consultations,
    ];

    pub fn word(self) -> &'static str {
        match self {
            CsvKind::Recommendations => "recommendations",
            CsvKind::Assessments => "assessments",
            CsvKind::Consultations => "consultations",
        }
    }

    /// The template's name in the reader's language.
    pub fn name(self, lang: Lang) -> String {
        t(lang, &format!("import-kind-{}", self.word()))
    }

    /// The template's columns, in template order.
    pub fn columns(self) -> &'static [ColumnSpec] {
        match self {
            CsvKind::Recommendations => RECOMMENDATIONS,
            CsvKind::Assessments => ASSESSMENTS,
            CsvKind::Consultations => CONSULTATIONS,
        }
    }

    pub fn required(self) -> impl Iterator<Item = Column> {
        self.columns()
            .iter()
            .filter(|c| c.required)
            .map(|c| c.column)
    }

    /// The column a header means in this template, if any.
    pub fn column_of(self, header: &str) -> Option<Column> {
        let h = norm_header(header);
        if h.is_empty() {
            return None;
        }
        self.columns()
            .iter()
            .find(|spec| {
                norm_header(spec.column.header(Lang::En)) == h
                    || norm_header(spec.column.header(Lang::Mn)) == h
                    || spec.aliases.iter().any(|a| norm_header(a) == h)
            })
            .map(|spec| spec.column)
    }
}

/// One column of a template.
#[derive(Clone, Copy, Debug)]
pub struct ColumnSpec {
    pub column: Column,
    pub required: bool,
    /// Other headers that mean this column (besides the English and Mongolian template headers).
    pub aliases: &'static [&'static str],
}

/// Every column of the templates. A column's template header is the same in every template.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    Id,
    Cycle,
    Paragraph,
    Text,
    States,
    Response,
    Themes,
    Document,
    ResponseDocument,
    Recommendation,
    AssessorKind,
    Assessor,
    Status,
    Date,
    Evidence,
    Citation,
    Region,
    Kind,
    TitleEn,
    TitleMn,
    HostRegion,
    HostTownEn,
    HostTownMn,
    Regions,
    Participants,
    Sources,
    NoteEn,
    NoteMn,
    ResponseParagraph,
    Session,
    OhchrThemes,
    Persons,
    Sdgs,
    Mechanism,
    Annotation,
    /// An assessment's note (one text, whatever its language).
    Note,
}

impl Column {
    /// The header the templates use in that language.
    pub fn header(self, lang: Lang) -> &'static str {
        let (en, mn) = match self {
            Column::Id => ("id", "дугаар"),
            Column::Cycle => ("cycle", "мөчлөг"),
            Column::Paragraph => ("paragraph", "заалт"),
            Column::Text => ("text", "зөвлөмжийн бичвэр"),
            Column::States => ("states", "зөвлөмж өгсөн улс"),
            Column::Response => ("response", "хариу"),
            Column::Themes => ("themes", "сэдэв"),
            Column::Document => ("document", "баримт бичиг"),
            Column::ResponseDocument => ("response_document", "хариуны баримт бичиг"),
            Column::Recommendation => ("recommendation", "зөвлөмж"),
            Column::AssessorKind => ("assessor_kind", "үнэлэгчийн төрөл"),
            Column::Assessor => ("assessor", "үнэлэгч"),
            Column::Status => ("status", "төлөв"),
            Column::Date => ("date", "огноо"),
            Column::Evidence => ("evidence", "нотолгоо"),
            Column::Citation => ("citation", "эшлэл"),
            Column::Region => ("region", "бүс нутаг"),
            Column::Kind => ("kind", "төрөл"),
            Column::TitleEn => ("title_en", "гарчиг англиар"),
            Column::TitleMn => ("title_mn", "гарчиг монголоор"),
            Column::HostRegion => ("host_region", "болсон бүс нутаг"),
            Column::HostTownEn => ("host_town_en", "болсон газар англиар"),
            Column::HostTownMn => ("host_town_mn", "болсон газар монголоор"),
            Column::Regions => ("regions", "хамрагдсан бүс нутаг"),
            Column::Participants => ("participants", "оролцогчийн тоо"),
            Column::Sources => ("sources", "эх сурвалж"),
            Column::NoteEn => ("note_en", "тэмдэглэл англиар"),
            Column::NoteMn => ("note_mn", "тэмдэглэл монголоор"),
            Column::ResponseParagraph => ("response_paragraph", "хариуны заалт"),
            Column::Session => ("session", "чуулган"),
            Column::OhchrThemes => ("ohchr_themes", "НҮБ-ын сэдэв"),
            Column::Persons => ("persons", "хүмүүсийн бүлэг"),
            Column::Sdgs => ("sdgs", "ТХЗ"),
            Column::Mechanism => ("mechanism", "механизм"),
            Column::Annotation => ("annotation", "тэмдэглэгээ"),
            Column::Note => ("note", "тэмдэглэл"),
        };
        match lang {
            Lang::En => en,
            Lang::Mn => mn,
        }
    }

    /// The Fluent id of the column's explanation in the guide of `kind`.
    pub fn help_key(self, kind: CsvKind) -> String {
        format!(
            "import-col-{}-{}",
            kind.word(),
            self.header(Lang::En).replace('_', "-")
        )
    }
}

const fn req(column: Column, aliases: &'static [&'static str]) -> ColumnSpec {
    ColumnSpec {
        column,
        required: true,
        aliases,
    }
}

const fn opt(column: Column, aliases: &'static [&'static str]) -> ColumnSpec {
    ColumnSpec {
        column,
        required: false,
        aliases,
    }
}

const RECOMMENDATIONS: &[ColumnSpec] = &[
    req(
        Column::Id,
        &[
            "recommendation id",
            "recommendation_id",
            "rec id",
            "зөвлөмжийн дугаар",
            "код",
        ],
    ),
    req(
        Column::Cycle,
        &["cycle number", "upr cycle", "мөчлөгийн дугаар"],
    ),
    req(
        Column::Paragraph,
        &["para", "paragraph number", "догол мөр", "зүйл"],
    ),
    req(
        Column::Text,
        &[
            "recommendation",
            "recommendation text",
            "зөвлөмж",
            "бичвэр",
            "текст",
            "зөвлөмжийн текст",
        ],
    ),
    req(
        Column::States,
        &[
            "state",
            "recommending state",
            "recommending states",
            "recommending state(s)",
            "улс",
            "улсууд",
            "санал болгосон улс",
        ],
    ),
    req(
        Column::Response,
        &["position", "хариу үйлдэл", "байр суурь"],
    ),
    opt(Column::Themes, &["theme", "сэдвүүд"]),
    opt(
        Column::Document,
        &["document id", "source document", "баримт"],
    ),
    opt(
        Column::ResponseDocument,
        &["response document id", "хариуны баримт"],
    ),
    opt(
        Column::ResponseParagraph,
        &["source of position paragraph", "response para"],
    ),
    opt(Column::Session, &["upr session", "wg session"]),
    opt(Column::OhchrThemes, &["ohchr themes", "ohchr theme"]),
    opt(
        Column::Persons,
        &[
            "affected persons",
            "groups of persons",
            "нөлөөлөлд өртсөн хүмүүс",
        ],
    ),
    opt(
        Column::Sdgs,
        &[
            "sdg",
            "sustainable development goals",
            "тогтвортой хөгжлийн зорилго",
        ],
    ),
    opt(
        Column::Mechanism,
        &[
            "recommending body",
            "reccomending body",
            "body",
            "un mechanism",
        ],
    ),
    opt(
        Column::Annotation,
        &["ohchr annotation id", "annotation id", "annotationid"],
    ),
];

const ASSESSMENTS: &[ColumnSpec] = &[
    req(
        Column::Recommendation,
        &[
            "recommendation id",
            "recommendation_id",
            "rec",
            "rec id",
            "id",
            "зөвлөмжийн дугаар",
            "дугаар",
        ],
    ),
    req(
        Column::AssessorKind,
        &[
            "assessor type",
            "kind of assessor",
            "kind",
            "type",
            "төрөл",
            "үнэлгээчний төрөл",
        ],
    ),
    req(
        Column::Assessor,
        &[
            "assessor name",
            "assessed by",
            "source",
            "assessment source",
            "үнэлгээч",
            "эх сурвалж",
            "үнэлгээний эх сурвалж",
        ],
    ),
    req(
        Column::Status,
        &[
            "implementation status",
            "rating",
            "implementation",
            "хэрэгжилт",
            "хэрэгжилтийн төлөв",
            "үнэлгээ",
        ],
    ),
    req(
        Column::Date,
        &["assessment date", "rating date", "үнэлсэн огноо"],
    ),
    opt(Column::Evidence, &["нотлох баримт", "үндэслэл"]),
    opt(
        Column::Citation,
        &["reference", "page", "эх", "ишлэл", "хуудас"],
    ),
    opt(
        Column::Region,
        &["region code", "province", "aimag", "аймаг", "аймаг нийслэл"],
    ),
    opt(Column::Note, &["remarks", "decision", "шийдвэр"]),
];

const CONSULTATIONS: &[ColumnSpec] = &[
    req(Column::Id, &["consultation id", "код"]),
    req(
        Column::Kind,
        &["type", "consultation kind", "уулзалтын төрөл"],
    ),
    req(Column::Date, &["dates", "when", "хэзээ"]),
    req(
        Column::TitleEn,
        &["title", "english title", "гарчиг", "англи гарчиг", "нэр"],
    ),
    opt(Column::TitleMn, &["mongolian title", "монгол гарчиг"]),
    opt(
        Column::HostRegion,
        &["host", "region", "host aimag", "болсон аймаг", "аймаг"],
    ),
    opt(
        Column::HostTownEn,
        &["host town", "town", "place", "газар", "хот"],
    ),
    opt(Column::HostTownMn, &["town mn", "монгол газар"]),
    opt(
        Column::Regions,
        &[
            "regions covered",
            "covered regions",
            "аймгууд",
            "хамрагдсан аймгууд",
        ],
    ),
    opt(
        Column::Participants,
        &[
            "participants total",
            "number of participants",
            "оролцогчид",
            "оролцогчдын тоо",
        ],
    ),
    opt(Column::Themes, &["theme", "сэдвүүд"]),
    opt(
        Column::Sources,
        &["source", "source documents", "documents", "эх сурвалжууд"],
    ),
    opt(Column::NoteEn, &["note", "notes", "тэмдэглэл"]),
    opt(Column::NoteMn, &["mongolian note"]),
];

/// How a file's headers fit one template.
pub(crate) struct HeaderMatch {
    pub kind: CsvKind,
    /// The column of each header cell (`None`: not part of the template).
    pub columns: Vec<Option<Column>>,
    pub missing: Vec<Column>,
}

/// The template a header row fits best: all its required columns present, or else the most of them
/// (at least two, so that a stray `id` or `date` does not make a file a template). `None` when no
/// template fits.
pub(crate) fn detect(headers: &[String]) -> Option<HeaderMatch> {
    let mut best: Option<(usize, usize, HeaderMatch)> = None;
    for kind in CsvKind::ALL {
        let columns: Vec<Option<Column>> = headers.iter().map(|h| kind.column_of(h)).collect();
        let present = |c: Column| columns.contains(&Some(c));
        let missing: Vec<Column> = kind.required().filter(|&c| !present(c)).collect();
        let required = kind.required().count();
        let found_required = required - missing.len();
        let recognised = columns.iter().flatten().count();
        let score = (found_required * 100 / required.max(1), recognised);
        let fits = found_required >= 2 || (missing.is_empty() && found_required > 0);
        if fits && best.as_ref().is_none_or(|(r, n, _)| score > (*r, *n)) {
            best = Some((
                found_required,
                recognised,
                HeaderMatch {
                    kind,
                    columns,
                    missing,
                },
            ));
        }
    }
    // A complete template wins over a partial one with more required columns.
    let complete = CsvKind::ALL.into_iter().find_map(|kind| {
        let columns: Vec<Option<Column>> = headers.iter().map(|h| kind.column_of(h)).collect();
        kind.required()
            .all(|c| columns.contains(&Some(c)))
            .then_some(HeaderMatch {
                kind,
                columns,
                missing: vec![],
            })
    });
    complete.or(best.map(|(_, _, m)| m))
}

/// An empty template: the header row in `lang`, as CSV in UTF-8 with a byte-order mark (so that
/// Excel shows Cyrillic).
pub fn template_csv(kind: CsvKind, lang: Lang) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = w.write_record(kind.columns().iter().map(|c| c.column.header(lang)));
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn within_a_template_every_header_means_one_column() {
        for kind in CsvKind::ALL {
            let mut seen: HashMap<String, Column> = HashMap::new();
            for spec in kind.columns() {
                let names = [spec.column.header(Lang::En), spec.column.header(Lang::Mn)];
                for name in names.iter().chain(spec.aliases) {
                    let n = norm_header(name);
                    if let Some(other) = seen.insert(n.clone(), spec.column) {
                        assert_eq!(other, spec.column, "{kind:?}: {n}");
                    }
                }
            }
        }
    }

    #[test]
    fn each_template_header_row_is_its_own_kind() {
        for kind in CsvKind::ALL {
            for lang in Lang::ALL {
                let headers: Vec<String> = kind
                    .columns()
                    .iter()
                    .map(|c| c.column.header(lang).to_string())
                    .collect();
                let m = detect(&headers).unwrap();
                assert_eq!(m.kind, kind);
                assert!(m.missing.is_empty());
                assert!(m.columns.iter().all(Option::is_some));
            }
        }
        assert!(detect(&["name".into(), "age".into()]).is_none());
        assert!(detect(&["id".into()]).is_none());
    }
}
