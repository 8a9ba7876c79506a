## Importing data: CSV templates and whole-dataset JSON (core/src/import)

import-title = Import data
import-intro = Add your own ratings, recommendations or consultations from a spreadsheet saved as CSV, drop an official list as it is (OHCHR’s thematic list in Word, the Universal Human Rights Index’s Excel or JSON export, UPR Info’s CSV), or load a whole dataset file (JSON). Nothing changes until you confirm; every problem is listed with its file, row and column.
import-choose-files = Choose files
import-drop-hint = or drop CSV, JSON, Word (.docx) or Excel (.xlsx) files here
import-check-progress = Checking…
import-check-stop = Stop the check
import-check-stopped = The check was stopped; nothing changed.
import-many-problems = { $count } problems were found; the first { $shown } are listed below, and every kind is counted here.
import-download-problems = Download all { $count } problems (CSV)
import-groups-title = Problems by kind
import-groups-count = How many
import-groups-first = First place
import-templates = Empty templates
import-template-download = Download the { $kind } template
import-apply = Use the imported data
import-cancel = Cancel
import-error = Error
import-required = required
import-optional = optional
import-column-header-en = Header (English)
import-column-header-mn = Header (Mongolian)
import-column-meaning = Meaning

## Kinds of file
import-kind-recommendations = recommendations
import-kind-assessments = assessments
import-kind-consultations = consultations
import-kind-dataset = whole dataset (JSON)
import-kind-official-list = OHCHR thematic list of recommendations (Word)
import-kind-upr-info = UPR Info database export (CSV)
import-kind-uhri-excel = Universal Human Rights Index export (Excel)
import-kind-uhri-json = Universal Human Rights Index export (JSON)
import-kind-unknown = not recognised

## Tables and changes
import-table-recommendations = Recommendations
import-table-assessments = Assessments
import-table-assessment-sources = Assessment sources
import-table-documents = Documents
import-table-consultations = Consultations
import-table-cycles = Cycles
import-changes-title = What the import changes

## Where a problem is

## Problems

## The guide shown beside the import
import-guide-title = How to prepare a file
import-guide-intro = Download a template, fill one row per entry in a spreadsheet, and save it as CSV. Columns can be in any order; headers may be in English or Mongolian, in capitals or not, with spaces, underscores or hyphens alike. Columns marked required must be present and filled; other columns may be left out.
import-guide-encoding = Save as “CSV UTF-8”. Comma, semicolon and tab separated files are all read, and Excel’s “Unicode text” too. Other encodings cannot be read.
import-guide-lists = Where a cell holds a list (states, themes, regions, documents), separate the items with a semicolon ; (or ~).
import-guide-dates = Dates: 2024-03-05 (year-month-day), 2024-03 or 2024. Also read: 2024/03/05, 2024.03.05, 05.03.2024 (day first) and the spreadsheet’s own date cells. 03/05/2024 is refused because it could mean 3 May or 5 March; 15/03/2024 is read because only one reading exists.
import-guide-keys = A row whose key already exists replaces that entry (the entry is counted as changed, or unchanged if nothing differs); a new key is added. Nothing is deleted. The key of a recommendation or a consultation is its id; the key of an assessment is its recommendation, assessor, date and region.
import-guide-dataset = A whole dataset (a JSON file such as the one downloaded from this page) replaces the current data entirely.
import-guide-official = OHCHR’s thematic list of recommendations (the Word file on the State’s UPR page of ohchr.org) and the Universal Human Rights Index’s export (Excel or JSON, from uhri.ohchr.org) can be dropped as they are: each UPR recommendation becomes c<cycle>-<paragraph> with its States, position, OHCHR’s themes, groups of persons and SDGs. A list about another State is not merged; the report offers to start a tracker for that State instead. UPR Info’s CSV export is checked against the data, row by row, and changes nothing.
import-guide-recommendations = Recommendations: one row per recommendation of a UPR cycle.
import-guide-assessments = Assessments: one row per rating of one recommendation by one assessor on one date. The assessor is named in the column “assessor”; rows with the same name and kind share one source, which is created if the data does not have it yet.
import-guide-consultations = Consultations: one row per consultation event.

import-col-recommendations-id = The recommendation’s id, c<cycle>-<paragraph>, such as c1-84.5.
import-col-recommendations-cycle = The number of the UPR cycle, such as 1. The cycle must exist in the data.
import-col-recommendations-paragraph = The paragraph of the report, such as 84.5.
import-col-recommendations-text = The full text as in the UN document.
import-col-recommendations-states = The recommending State or States, separated by ; .
import-col-recommendations-response = supported, noted or supported in part (дэмжсэн, тэмдэглэсэн, хэсэгчлэн дэмжсэн).
import-col-recommendations-themes = Themes, by id or name, separated by ; .
import-col-recommendations-document = The id of the document that records the recommendation; if empty, the cycle’s first document.
import-col-recommendations-response-document = The id of the document that records the response; if empty, the same as “document”.
import-col-recommendations-response-paragraph = Optional: the paragraph of that document where the position is given, such as 3.
import-col-recommendations-session = Optional: the Working Group session of the review, such as 48.
import-col-recommendations-ohchr-themes = Optional: OHCHR’s themes, separated by ; .
import-col-recommendations-persons = Optional: the groups of persons it is about, separated by ; .
import-col-recommendations-sdgs = Optional: the Sustainable Development Goals and targets it serves, such as 5; 16.2 .
import-col-recommendations-mechanism = Optional: empty (or UPR) for the UPR; otherwise the UN mechanism that made it, such as CRC — then cycle, states and response stay empty and document is required.
import-col-recommendations-annotation = Optional: the Universal Human Rights Index's annotation id; another mechanism's id is then uhri-<annotation>.
import-col-assessments-recommendation = The recommendation’s id, such as c1-84.5 (or the paragraph 84.5 when only one cycle has it).
import-col-assessments-assessor-kind = government, nhri, civil_society or other (засгийн газар, ХЭҮК, иргэний нийгэм, бусад).
import-col-assessments-assessor = The name of the assessing body or report, such as “NHRC mid-term assessment 2024”.
import-col-assessments-status = fully, partially or not (бүрэн, хэсэгчлэн, хэрэгжээгүй).
import-col-assessments-date = When the rating was made (see dates).
import-col-assessments-evidence = The words of the source that support the rating.
import-col-assessments-citation = Where in the source: page or paragraph.
import-col-assessments-region = When the rating is about one region: its code or name (MN-1, Ulaanbaatar, Улаанбаатар).
import-col-assessments-note = A note on the rating, such as the decision of a validation meeting.
import-col-consultations-id = A short unique id, such as 2024-05-khovd.
import-col-consultations-kind = provincial, regional, national, validation or training (аймгийн, бүсийн, үндэсний, баталгаажуулах, сургалт).
import-col-consultations-date = The date, or a span 2018-03/2018-04 when the exact days are not known.
import-col-consultations-title-en = The title in English.
import-col-consultations-title-mn = The title in Mongolian.
import-col-consultations-host-region = The region where it was held: code or name.
import-col-consultations-host-town-en = The town where it was held, in English; if empty, the region’s centre.
import-col-consultations-host-town-mn = The town in Mongolian.
import-col-consultations-regions = The regions it covered, codes or names separated by ; .
import-col-consultations-participants = The number of participants (~120 when approximate).
import-col-consultations-themes = Themes discussed, by id or name, separated by ; .
import-col-consultations-sources = The ids of the documents it is reported in, separated by ; . If empty, the file itself is recorded as the source.
import-col-consultations-note-en = A remark in English.
import-col-consultations-note-mn = A remark in Mongolian.
import-tracker-choose = State
import-tracker-start-chosen = Start a tracker for the State chosen
