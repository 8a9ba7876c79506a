//! The States that review and are reviewed: the 193 members of the United Nations and its two
//! observer States, each with its ISO 3166-1 alpha-2 code, its name as UN documents write it, and
//! the other names it is found under in older documents and other databases. Recognising a name
//! here is how a reader tells a recommending State from a parenthesis in a recommendation's text.

use crate::search::normalize;

/// One State.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct State {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    /// Its short name as UN documents write it today.
    pub name: &'static str,
    /// Other names it is written under (former names, other databases' spellings).
    pub also: &'static [&'static str],
}

const fn s(code: &'static str, name: &'static str, also: &'static [&'static str]) -> State {
    State { code, name, also }
}

/// The members of the United Nations, then the observer States.
pub const STATES: &[State] = &[
    s("AF", "Afghanistan", &[]),
    s("AL", "Albania", &[]),
    s("DZ", "Algeria", &[]),
    s("AD", "Andorra", &[]),
    s("AO", "Angola", &[]),
    s("AG", "Antigua and Barbuda", &[]),
    s("AR", "Argentina", &[]),
    s("AM", "Armenia", &[]),
    s("AU", "Australia", &[]),
    s("AT", "Austria", &[]),
    s("AZ", "Azerbaijan", &[]),
    s("BS", "Bahamas", &[]),
    s("BH", "Bahrain", &[]),
    s("BD", "Bangladesh", &[]),
    s("BB", "Barbados", &[]),
    s("BY", "Belarus", &[]),
    s("BE", "Belgium", &[]),
    s("BZ", "Belize", &[]),
    s("BJ", "Benin", &[]),
    s("BT", "Bhutan", &[]),
    s(
        "BO",
        "Bolivia (Plurinational State of)",
        &["Bolivia", "Plurinational State of Bolivia"],
    ),
    s("BA", "Bosnia and Herzegovina", &[]),
    s("BW", "Botswana", &[]),
    s("BR", "Brazil", &[]),
    s("BN", "Brunei Darussalam", &["Brunei"]),
    s("BG", "Bulgaria", &[]),
    s("BF", "Burkina Faso", &[]),
    s("BI", "Burundi", &[]),
    s("CV", "Cabo Verde", &["Cape Verde"]),
    s("KH", "Cambodia", &[]),
    s("CM", "Cameroon", &[]),
    s("CA", "Canada", &[]),
    s("CF", "Central African Republic", &[]),
    s("TD", "Chad", &[]),
    s("CL", "Chile", &[]),
    s("CN", "China", &[]),
    s("CO", "Colombia", &[]),
    s("KM", "Comoros", &[]),
    s("CG", "Congo", &["Republic of the Congo"]),
    s("CR", "Costa Rica", &[]),
    s("CI", "Côte d'Ivoire", &["Ivory Coast"]),
    s("HR", "Croatia", &[]),
    s("CU", "Cuba", &[]),
    s("CY", "Cyprus", &[]),
    s("CZ", "Czechia", &["Czech Republic"]),
    s(
        "KP",
        "Democratic People's Republic of Korea",
        &["DPRK", "DPR Korea", "North Korea"],
    ),
    s("CD", "Democratic Republic of the Congo", &["DR Congo"]),
    s("DK", "Denmark", &[]),
    s("DJ", "Djibouti", &[]),
    s("DM", "Dominica", &[]),
    s("DO", "Dominican Republic", &[]),
    s("EC", "Ecuador", &[]),
    s("EG", "Egypt", &[]),
    s("SV", "El Salvador", &[]),
    s("GQ", "Equatorial Guinea", &[]),
    s("ER", "Eritrea", &[]),
    s("EE", "Estonia", &[]),
    s("SZ", "Eswatini", &["Swaziland"]),
    s("ET", "Ethiopia", &[]),
    s("FJ", "Fiji", &[]),
    s("FI", "Finland", &[]),
    s("FR", "France", &[]),
    s("GA", "Gabon", &[]),
    s("GM", "Gambia", &[]),
    s("GE", "Georgia", &[]),
    s("DE", "Germany", &[]),
    s("GH", "Ghana", &[]),
    s("GR", "Greece", &[]),
    s("GD", "Grenada", &[]),
    s("GT", "Guatemala", &[]),
    s("GN", "Guinea", &[]),
    s("GW", "Guinea-Bissau", &[]),
    s("GY", "Guyana", &[]),
    s("HT", "Haiti", &[]),
    s("HN", "Honduras", &[]),
    s("HU", "Hungary", &[]),
    s("IS", "Iceland", &[]),
    s("IN", "India", &[]),
    s("ID", "Indonesia", &[]),
    s(
        "IR",
        "Iran (Islamic Republic of)",
        &["Iran", "Islamic Republic of Iran"],
    ),
    s("IQ", "Iraq", &[]),
    s("IE", "Ireland", &[]),
    s("IL", "Israel", &[]),
    s("IT", "Italy", &[]),
    s("JM", "Jamaica", &[]),
    s("JP", "Japan", &[]),
    s("JO", "Jordan", &[]),
    s("KZ", "Kazakhstan", &[]),
    s("KE", "Kenya", &[]),
    s("KI", "Kiribati", &[]),
    s("KW", "Kuwait", &[]),
    s("KG", "Kyrgyzstan", &[]),
    s(
        "LA",
        "Lao People's Democratic Republic",
        &["Laos", "Lao PDR"],
    ),
    s("LV", "Latvia", &[]),
    s("LB", "Lebanon", &[]),
    s("LS", "Lesotho", &[]),
    s("LR", "Liberia", &[]),
    s("LY", "Libya", &["Libyan Arab Jamahiriya"]),
    s("LI", "Liechtenstein", &[]),
    s("LT", "Lithuania", &[]),
    s("LU", "Luxembourg", &[]),
    s("MG", "Madagascar", &[]),
    s("MW", "Malawi", &[]),
    s("MY", "Malaysia", &[]),
    s("MV", "Maldives", &[]),
    s("ML", "Mali", &[]),
    s("MT", "Malta", &[]),
    s("MH", "Marshall Islands", &[]),
    s("MR", "Mauritania", &[]),
    s("MU", "Mauritius", &[]),
    s("MX", "Mexico", &[]),
    s(
        "FM",
        "Micronesia (Federated States of)",
        &["Micronesia", "Federated States of Micronesia"],
    ),
    s("MC", "Monaco", &[]),
    s("MN", "Mongolia", &[]),
    s("ME", "Montenegro", &[]),
    s("MA", "Morocco", &[]),
    s("MZ", "Mozambique", &[]),
    s("MM", "Myanmar", &[]),
    s("NA", "Namibia", &[]),
    s("NR", "Nauru", &[]),
    s("NP", "Nepal", &[]),
    s(
        "NL",
        "Netherlands (Kingdom of the)",
        &["Netherlands", "Kingdom of the Netherlands"],
    ),
    s("NZ", "New Zealand", &[]),
    s("NI", "Nicaragua", &[]),
    s("NE", "Niger", &[]),
    s("NG", "Nigeria", &[]),
    s(
        "MK",
        "North Macedonia",
        &[
            "The former Yugoslav Republic of Macedonia",
            "Macedonia",
            "Macedonia FYR",
        ],
    ),
    s("NO", "Norway", &[]),
    s("OM", "Oman", &[]),
    s("PK", "Pakistan", &[]),
    s("PW", "Palau", &[]),
    s("PA", "Panama", &[]),
    s("PG", "Papua New Guinea", &[]),
    s("PY", "Paraguay", &[]),
    s("PE", "Peru", &[]),
    s("PH", "Philippines", &[]),
    s("PL", "Poland", &[]),
    s("PT", "Portugal", &[]),
    s("QA", "Qatar", &[]),
    s("KR", "Republic of Korea", &["South Korea"]),
    s("MD", "Republic of Moldova", &["Moldova"]),
    s("RO", "Romania", &[]),
    s("RU", "Russian Federation", &["Russia"]),
    s("RW", "Rwanda", &[]),
    s("KN", "Saint Kitts and Nevis", &[]),
    s("LC", "Saint Lucia", &[]),
    s("VC", "Saint Vincent and the Grenadines", &[]),
    s("WS", "Samoa", &[]),
    s("SM", "San Marino", &[]),
    s("ST", "Sao Tome and Principe", &[]),
    s("SA", "Saudi Arabia", &[]),
    s("SN", "Senegal", &[]),
    s("RS", "Serbia", &[]),
    s("SC", "Seychelles", &[]),
    s("SL", "Sierra Leone", &[]),
    s("SG", "Singapore", &[]),
    s("SK", "Slovakia", &["Slovak Republic"]),
    s("SI", "Slovenia", &[]),
    s("SB", "Solomon Islands", &[]),
    s("SO", "Somalia", &[]),
    s("ZA", "South Africa", &[]),
    s("SS", "South Sudan", &[]),
    s("ES", "Spain", &[]),
    s("LK", "Sri Lanka", &[]),
    s("SD", "Sudan", &[]),
    s("SR", "Suriname", &[]),
    s("SE", "Sweden", &[]),
    s("CH", "Switzerland", &[]),
    s("SY", "Syrian Arab Republic", &["Syria"]),
    s("TJ", "Tajikistan", &[]),
    s("TH", "Thailand", &[]),
    s("TL", "Timor-Leste", &["East Timor"]),
    s("TG", "Togo", &[]),
    s("TO", "Tonga", &[]),
    s("TT", "Trinidad and Tobago", &[]),
    s("TN", "Tunisia", &[]),
    s("TR", "Türkiye", &["Turkey"]),
    s("TM", "Turkmenistan", &[]),
    s("TV", "Tuvalu", &[]),
    s("UG", "Uganda", &[]),
    s("UA", "Ukraine", &[]),
    s("AE", "United Arab Emirates", &[]),
    s(
        "GB",
        "United Kingdom of Great Britain and Northern Ireland",
        &["United Kingdom", "UK"],
    ),
    s("TZ", "United Republic of Tanzania", &["Tanzania"]),
    s("US", "United States of America", &["United States", "USA"]),
    s("UY", "Uruguay", &[]),
    s("UZ", "Uzbekistan", &[]),
    s("VU", "Vanuatu", &[]),
    s(
        "VE",
        "Venezuela (Bolivarian Republic of)",
        &["Venezuela", "Bolivarian Republic of Venezuela"],
    ),
    s("VN", "Viet Nam", &["Vietnam"]),
    s("YE", "Yemen", &[]),
    s("ZM", "Zambia", &[]),
    s("ZW", "Zimbabwe", &[]),
    s("VA", "Holy See", &[]),
    s("PS", "State of Palestine", &["Palestine"]),
];

/// A name as compared: case, accents, spacing, hyphens and "the" do not matter, "&" is "and" and
/// "St" is "Saint" (the spellings of UPR Info's export, "St Kitts & Nevis").
fn loose(name: &str) -> String {
    normalize(&name.replace(['-', '.'], " "))
        .split(' ')
        .filter(|w| !w.is_empty() && *w != "the")
        .map(|w| match w {
            "&" => "and",
            "st" => "saint",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every name of every State in its [`loose`] form, made once: a file of 40,000 rows asks for a
/// State's name in every row.
fn names() -> &'static std::collections::HashMap<String, &'static State> {
    static NAMES: std::sync::OnceLock<std::collections::HashMap<String, &'static State>> =
        std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        STATES
            .iter()
            .flat_map(|s| {
                std::iter::once(&s.name)
                    .chain(s.also)
                    .map(move |n| (loose(n), s))
            })
            .collect()
    })
}

/// The State written `name` (any of its names; see [`loose`] for what does not matter).
pub fn by_name(name: &str) -> Option<&'static State> {
    let wanted = loose(name.trim());
    if wanted.is_empty() {
        return None;
    }
    names().get(&wanted).copied()
}

/// The State with ISO 3166-1 alpha-2 code `code`.
pub fn by_code(code: &str) -> Option<&'static State> {
    STATES
        .iter()
        .find(|s| s.code.eq_ignore_ascii_case(code.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn there_are_193_members_and_two_observers_each_code_and_name_once() {
        assert_eq!(STATES.len(), 195);
        let codes: BTreeSet<_> = STATES.iter().map(|s| s.code).collect();
        assert_eq!(codes.len(), 195);
        let mut names = BTreeSet::new();
        for s in STATES {
            for n in std::iter::once(&s.name).chain(s.also) {
                assert!(names.insert(loose(n)), "{n} twice");
            }
        }
    }

    #[test]
    fn a_name_is_found_under_each_of_its_spellings() {
        assert_eq!(by_name("Türkiye").map(|s| s.code), Some("TR"));
        assert_eq!(by_name("turkey").map(|s| s.code), Some("TR"));
        assert_eq!(
            by_name("Iran (Islamic Republic of)").map(|s| s.code),
            Some("IR")
        );
        assert_eq!(by_name("  Slovenia ").map(|s| s.code), Some("SI"));
        assert_eq!(by_code("mn").map(|s| s.name), Some("Mongolia"));
        assert_eq!(by_name("ICRMW"), None);
        assert_eq!(by_name(""), None);
    }

    #[test]
    fn the_spellings_of_upr_infos_export_are_known() {
        let codes: Vec<_> = [
            "The Gambia",
            "St Kitts & Nevis",
            "Guinea Bissau",
            "Democratic Republic of Congo",
            "Republic of Congo",
            "DPR Korea",
            "Macedonia FYR",
            "Bosnia & Herzegovina",
        ]
        .map(|n| by_name(n).map(|s| s.code))
        .into();
        let want = ["GM", "KN", "GW", "CD", "CG", "KP", "MK", "BA"].map(Some);
        assert_eq!(codes, want);
        assert_eq!(by_name("Niger").map(|s| s.code), Some("NE"));
        assert_eq!(by_name("Saint"), None);
    }
}
