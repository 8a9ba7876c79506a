//! What the importer's tests share: the bundled dataset, files made from text, the places of
//! errors, and good assessments files in both languages.
#![allow(dead_code)]

use upr_core::import::{ImportFile, ImportPlan, ImportProblem, ImportProblemKind as K};

pub fn base() -> String {
    let path = format!(
        "{}/../public/data/mongolia-upr.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn file(name: &str, text: &str) -> ImportFile {
    ImportFile {
        name: name.to_string(),
        bytes: text.as_bytes().to_vec(),
    }
}

pub fn with_bom(text: &str) -> String {
    format!("\u{feff}{text}")
}

pub fn errors(plan: &ImportPlan) -> Vec<&ImportProblem> {
    plan.errors().collect()
}

/// `(file, row, column, kind)` of every error.
pub fn error_places(plan: &ImportPlan) -> Vec<(String, Option<usize>, Option<String>, K)> {
    plan.errors()
        .map(|p| (p.file.clone(), p.row, p.column.clone(), p.kind.clone()))
        .collect()
}

pub const NHRC: &str = "NHRC mid-term assessment 2024";

pub fn good_assessments_en() -> String {
    with_bom(&format!(
        "recommendation,assessor_kind,assessor,status,date,evidence,citation,region\r\n\
         c1-84.5,nhri,{NHRC},fully,2024-03-05,\"The law was adopted, in full.\",p. 12,\r\n\
         c1-84.7,NHRI,{NHRC},partially implemented,2024-03-05,,p. 13,MN-035\r\n\
         84.9,National Human Rights Commission,{NHRC},Not implemented,2024-03-05,Nothing yet,p. 14,Orkhon\r\n"
    ))
}

pub fn good_assessments_mn() -> String {
    // Mongolian headers, `;`, other column order, Mongolian words, day-first dates.
    format!(
        "Төлөв;Огноо;Зөвлөмж;Үнэлэгчийн төрөл;Үнэлэгч;Бүс нутаг;Эшлэл;Нотолгоо\n\
         бүрэн;05.03.2024;c1-84.5;ХЭҮК;{NHRC};;p. 12;\"The law was adopted, in full.\"\n\
         Хэсэгчлэн хэрэгжсэн;05.03.2024;c1-84.7;хүний эрхийн үндэсний комисс;{NHRC};Орхон;p. 13;\n\
         хэрэгжээгүй;05.03.2024;84.9;ххүк;{NHRC};MN-035;p. 14;Nothing yet\n"
    )
}
