"""Facts found after the first build of the dataset (`upr_addendum_2026_12.json` in the sources
directory), for tools/build_dataset.py: cycle 3's counts and review date, the four February 2018
provincial consultations the NHRC's pages name, and the dates of the four 2018 regional rounds.

Like the main script, every fact is checked against its source file first: when the file no longer
says what is written here, the build fails and says what changed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

ADDENDUM = "upr_addendum_2026_12.json"

# Documents cited by the addendum's facts. `url`s are copied from the addendum (check_urls proves it).
DOCUMENTS = [
    {
        "id": "forum-asia-hrc46-2021-03-16",
        "title": "HRC46 oral statement on item 6: adoption of the Universal Periodic Review outcome of "
        "Mongolia",
        "publisher": "Asian Forum for Human Rights and Development (FORUM-ASIA)",
        "date": "2021-03-16",
        "url": "https://radiofree.asia/2021/03/17/hrc46-oral-statement-on-item-2-adoption-of-the-"
        "universal-periodic-review-outcomes-of-mongolia",
        "note": "Statement at the plenary of the Human Rights Council that adopted the outcome of "
        "Mongolia's third review: \"Mongolia has accepted 170 out of 190 UPR recommendations\". Read "
        "in the copy at this address.",
    },
    {
        "id": "us-statement-2020-11-04",
        "title": "U.S. Statement at the Universal Periodic Review of Mongolia",
        "publisher": "U.S. Mission to the United Nations in Geneva",
        "date": "2020-11-04",
        "url": "https://geneva.usmission.gov/2020/11/04/us-statement-at-the-universal-periodic-review-"
        "of-mongolia/",
        "note": "Dated the day of the review (the United Kingdom's statement is also published on 4 "
        "November 2020).",
    },
    {
        "id": "nhrc-omnogovi-2018-02-12",
        "title": "Хэлэлцүүлэг зохион байгууллаа (Ömnögovi)",
        "publisher": "National Human Rights Commission of Mongolia",
        "date": "2018-02-12",
        "url": "https://nhrcm.gov.mn/орон-нутаг/өмнөговь/хэлэлцүүлэг-зохион-байгууллаа/",
        "note": "The NHRC's Ömnögovi page on the consultation of 12 February 2018 in Dalanzadgad.",
    },
    {
        "id": "nhrc-zavkhan-2018-02-13",
        "title": "НҮБ-ын Хүний эрхийн зөвлөлөөс өгсөн зөвлөмжийн хэрэгжилтийг үнэлэх хэлэлцүүлэг "
        "болов (Zavkhan)",
        "publisher": "National Human Rights Commission of Mongolia",
        "date": "2018-02-13",
        "url": "https://nhrcm.gov.mn/орон-нутаг/завхан/нүб-ын-хүний-эрхийн-зөвлөлөөс-өгсөн-зөвлөмжийн-"
        "хэрэгжилтийг-үнэлэх-хэлэлцүүлэг-болов/",
        "note": "The NHRC's Zavkhan page; the stored copy of its text is cut short.",
    },
    {
        "id": "nhrc-khovsgol-2018-02-13",
        "title": "Хэлэлцүүлэг зохион байгуулагдав (Khövsgöl)",
        "publisher": "National Human Rights Commission of Mongolia",
        "date": "2018-02-13",
        "url": "https://nhrcm.gov.mn/орон-нутаг/хөвсгөл/хэлэлцүүлэг-зохион-байгуулагдав/",
        "note": "The NHRC's Khövsgöl page.",
    },
    {
        "id": "nhrc-bayankhongor-2018-02",
        "title": "Нээлттэй хэлэлцүүлэг боллоо (Bayankhongor)",
        "publisher": "National Human Rights Commission of Mongolia",
        "date": None,
        "url": "https://nhrcm.gov.mn/орон-нутаг/баянхонгор/нээлттэй-хэлэлцүүлэг-боллоо/",
        "note": "The NHRC's Bayankhongor page; it speaks of first-stage consultations in 21 aimags, "
        "and its day is not in the stored copy.",
    },
    {
        "id": "nhrc-regional-2018",
        "title": "“Хүний эрхийн төлөв байдал” сэдэвт хэлэлцүүлгийг орон нутагт бүсчилсэн хэлбэрээр "
        "зохион байгууллаа",
        "publisher": "National Human Rights Commission of Mongolia",
        "date": None,
        "url": "http://nhrcm.gov.mn/мэдээ/хүний-эрхийн-төлөв-байдал-сэдэвт-хэлэлцүүлгийг-орон-нутагт-"
        "бүсчилсэн-хэлбэрээр-зохион-байгууллаа/",
        "note": "The dates of the four regional consultations on \"the human rights situation\" "
        "(central, western, eastern and Gobi regions) in March and April 2018.",
    },
    {
        "id": "nhrc-omnogovi-regional-2018-04-05",
        "title": "“Хүний эрхийн төлөв байдал” сэдэвт хэлэлцүүлэг зохион байгуулагдлаа (Ömnögovi)",
        "publisher": "National Human Rights Commission of Mongolia",
        "date": "2018-04-05",
        "url": None,
        "note": "The NHRC's Ömnögovi page: the Gobi region's consultation was held on 5 April 2018 in "
        "Dalanzadgad, with more than 40 local residents; the head of the NHRC Secretariat, Ch. "
        "Altangerel, took part. Its address is not in the stored notes.",
    },
]


class AddendumChanged(Exception):
    pass


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise AddendumChanged(f"{ADDENDUM}: {message}")


def read(sources_dir: Path) -> dict:
    return json.loads((sources_dir / ADDENDUM).read_text(encoding="utf-8"))


def cycle3(add: dict, T: Callable[[str, str], dict]) -> dict:
    """Cycle 3's review date, documents and published counts (190 received, 170 supported, 20 noted)."""
    c3 = next(c for c in add["cycle_facts"] if c["cycle"] == 3)
    _expect((c3["wg_session"], c3["review_date"], c3["recommendations_total"], c3["supported"],
             c3["noted"]) == (36, "2020-11-04", 190, 170, 20), "cycle 3 facts changed")
    _expect("accepted 170 out of 190" in c3["source"], "cycle 3: the quoted statement changed")
    _expect(c3["noted_note"] == "derived: 190 - 170", "cycle 3: the noted count is no longer derived")
    return {
        "review_date": c3["review_date"],
        "documents": ["us-statement-2020-11-04", "forum-asia-hrc46-2021-03-16", "montsame-2020-11-05"],
        "published": {
            "received": 190,
            "supported": 170,
            "noted": 20,
            "recommending_states": None,
            "source": "forum-asia-hrc46-2021-03-16",
            "caveat": T(
                "FORUM-ASIA told the Human Rights Council on 16 March 2021, when the outcome was adopted, "
                "that \"Mongolia has accepted 170 out of 190 UPR recommendations\"; the 20 noted are the "
                "difference. The Working Group's report and its addendum were not retrieved.",
                "FORUM-ASIA байгууллага 2021 оны 3 дугаар сарын 16-нд дүгнэлтийг батлах үеэр Хүний "
                "эрхийн зөвлөлд \"Монгол Улс ээлжит дүгнэлтийн 190 зөвлөмжөөс 170-ийг хүлээн "
                "зөвшөөрсөн\" гэж мэдэгдсэн; тэмдэглэж авсан 20 нь зөрүүгээр тооцсон тоо. Ажлын хэсгийн "
                "тайлан, түүний нэмэлтийг олж аваагүй.",
            ),
        },
        "note": T(
            "Reviewed on 4 November 2020 at Working Group session 36 (a virtual session); the outcome "
            "was adopted by the Human Rights Council on 16 March 2021 (46th session). Delegation headed "
            "by B. Baasandorj, State Secretary, Ministry of Justice and Home Affairs. Mongolia received "
            "190 recommendations and supported 170; the list of recommendations and the report's symbol "
            "are not in this dataset.",
            "2020 оны 11 дүгээр сарын 4-нд Ажлын хэсгийн 36 дугаар чуулганаар (цахимаар) хэлэлцсэн; "
            "Хүний эрхийн зөвлөл дүгнэлтийг 2021 оны 3 дугаар сарын 16-нд (46 дугаар чуулган) баталсан. "
            "Төлөөлөгчдийг Хууль зүй, дотоод хэргийн яамны Төрийн нарийн бичгийн дарга Б.Баасандорж "
            "ахалсан. Монгол Улс 190 зөвлөмж хүлээн авч, 170-ийг дэмжсэн; зөвлөмжийн жагсаалт, "
            "тайлангийн дугаар энэ өгөгдөлд байхгүй.",
        ),
    }


# The February 2018 consultations the NHRC's province pages name: id, region, town (the aimag centre
# or the place given), organisers, themes, participants and the note, in both languages.
def provincial_2018(add: dict, T: Callable[[str, str], dict], orgs: dict) -> list[dict]:
    """The four named provincial consultations of February 2018, as consultation entries."""
    by_code = {c["aimag_iso"]: c for c in add["consultations_2018"]}
    _expect(sorted(by_code) == ["MN-041", "MN-053", "MN-057", "MN-069"],
            f"the named February 2018 consultations changed: {sorted(by_code)}")
    om, za, kh, ba = (by_code[c] for c in ("MN-053", "MN-057", "MN-041", "MN-069"))
    _expect((om["date"], om["participants"]) == ("2018-02-12", 15), "Ömnögovi changed")
    _expect("health" in om["topic"], "Ömnögovi: topic changed")
    _expect(za["date"] == "2018-02-13" and "child rights" in za["topic"], "Zavkhan changed")
    _expect(kh["date"] == "2018-02-13" and "domestic violence" in kh["topic"], "Khövsgöl changed")
    _expect(ba["date"] == "2018-02" and ba.get("verified") is False, "Bayankhongor changed")

    def entry(cid, code, date, title, town, organisers, themes, source, note, participants=None):
        return {
            "id": cid,
            "kind": "provincial",
            "date": date,
            "title": title,
            "host": {"region": code, "town": town},
            "regions": [code],
            "regions_unnamed": None,
            "organisers": organisers,
            "participants": participants,
            "themes": themes,
            "sources": [source],
            "note": note,
        }

    return [
        entry("2018-02-12-omnogovi", "MN-053", om["date"],
              T("Provincial UPR consultation in Ömnögovi: access to basic health services",
                "Өмнөговь аймаг дахь ээлжит дүгнэлтийн зөвлөлдөх уулзалт: эрүүл мэндийн анхан шатны "
                "тусламж үйлчилгээний хүртээмж"),
              T("Dalanzadgad (Citizens' Hall of the aimag Governor's Office)",
                "Даланзадгад (Аймгийн Засаг даргын Тамгын газрын Иргэдийн танхим)"),
              [orgs["ngo_forum"], orgs["nhrc"]], ["esc-rights"], "nhrc-omnogovi-2018-02-12",
              T("Two hours on the coverage and accessibility of basic health services and the "
                "problems of the health system, with the aimag Health Department and the Specialized "
                "Inspection Agency. Part of the February 2018 round for the mid-term report on the "
                "second-cycle recommendations.",
                "Эрүүл мэндийн анхан шатны тусламж үйлчилгээний хамрах хүрээ, хүртээмж, эрүүл мэндийн "
                "тогтолцооны асуудлаар аймгийн Эрүүл мэндийн газар, Мэргэжлийн хяналтын газрын "
                "оролцоотой хоёр цаг хэлэлцсэн. Хоёр дахь ээлжит дүгнэлтийн зөвлөмжийн завсрын "
                "тайланд зориулсан 2018 оны 2 дугаар сарын уулзалтуудын нэг."),
              participants={
                  "total": 15,
                  "approximate": False,
                  "groups": [],
                  "description": T("15 citizens and public servants in total.",
                                   "Нийт 15 иргэн, төрийн албан хаагч."),
              }),
        entry("2018-02-13-zavkhan", "MN-057", za["date"],
              T("Provincial consultation in Zavkhan evaluating the implementation of the UPR "
                "recommendations",
                "Завхан аймагт зохион байгуулсан ээлжит дүгнэлтийн зөвлөмжийн хэрэгжилтийг үнэлэх "
                "хэлэлцүүлэг"),
              T("Uliastai", "Улиастай"), [orgs["nhrc"]], ["children"], "nhrc-zavkhan-2018-02-13",
              T("On child rights and protection, and development (the stored copy of the page is cut "
                "short). The page says the consultations to evaluate implementation were being "
                "organised in 21 aimags. The town is the aimag centre; the page does not name the "
                "place.",
                "Хүүхдийн эрх, хамгаалал, хөгжлийн асуудлаар (хуудасны хадгалсан хуулбар дутуу). "
                "Хэрэгжилтийг үнэлэх хэлэлцүүлгийг 21 аймагт зохион байгуулж байна гэж хуудсанд "
                "бичжээ. Хот нь аймгийн төв; хуудсанд газрыг нэрлээгүй."),
              ),
        entry("2018-02-13-khovsgol", "MN-041", kh["date"],
              T("Provincial consultation in Khövsgöl: local action against domestic violence",
                "Хөвсгөл аймаг дахь зөвлөлдөх уулзалт: гэр бүлийн хүчирхийллийн эсрэг орон нутгийн "
                "арга хэмжээ"),
              T("Mörön (training hall of the aimag Department of Family, Child and Youth Development)",
                "Мөрөн (Аймгийн Гэр бүл, хүүхэд, залуучуудын хөгжлийн газрын сургалтын танхим)"),
              [orgs["nhrc"], orgs["ngo_forum"]], ["gender-violence"], "nhrc-khovsgol-2018-02-13",
              T("Part of the February 2018 round of provincial consultations. Number of participants "
                "not stated.",
                "2018 оны 2 дугаар сарын аймгуудын зөвлөлдөх уулзалтуудын нэг. Оролцогчдын тоог "
                "дурдаагүй."),
              ),
        entry("2018-02-bayankhongor", "MN-069", ba["date"],
              T("Open consultation in Bayankhongor", "Баянхонгор аймаг дахь нээлттэй хэлэлцүүлэг"),
              T("Bayankhongor", "Баянхонгор"), [], [], "nhrc-bayankhongor-2018-02",
              T("Not confirmed: the month is inferred from the page's words (\"first-stage "
                "consultations in 21 aimags\"); its day, topic, organisers and participants are not in "
                "the stored copy.",
                "Баталгаажаагүй: сарыг хуудасны үгнээс (\"21 аймагт эхний шатны хэлэлцүүлэг\") "
                "таамагласан; өдөр, сэдэв, зохион байгуулагч, оролцогчид нь хадгалсан хуулбарт "
                "байхгүй."),
              ),
    ]


def regional_rounds(add: dict) -> dict:
    """The four regional rounds of 2018: town code -> (date, participants text or None, whether the
    town is sourced rather than inferred)."""
    rounds = add["regional_consultations_2018"]["rounds"]
    found = {}
    for r in rounds:
        town = r.get("town") or r.get("town_inferred")
        code = town[town.index("(") + 1:town.index(")")]
        found[code] = (r["date"], r.get("participants"), "town" in r)
    _expect(found == {
        "MN-047": ("2018-03-06", None, False),
        "MN-043": ("2018-03-21/2018-03-22", None, False),
        "MN-039": ("2018-03-28", None, False),
        "MN-053": ("2018-04-05/2018-04-06", "more than 40 local residents", True),
    }, f"the regional rounds changed: {found}")
    return found
