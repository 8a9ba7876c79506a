# The import check's own words: its problems and its report. Only the import worker (and the
# tests) compile them in; the app shows the sentences the worker sends.
import-no-changes = The files change nothing in the current data.
import-stage-reading = Reading { $file } (file { $index } of { $total })…
import-stage-rows = Checking { $rows } rows…
import-stage-data = Checking the data as a whole…
import-stage-report = Writing the report…
import-group-count = { $count }

import-problems-csv-header = file,row,column,severity,problem
import-blocked = { $count ->
    [one] One error must be corrected before the data can be imported.
   *[other] { $count } errors must be corrected before the data can be imported.
}
import-warning = Warning
import-file-rows = { $rows ->
    [one] one row
   *[other] { $rows } rows
}
import-tracker-summary = This list is about { $state }, not about the data shown: it is not merged. Start a tracker for { $state } from it below, or cancel.
import-tracker-offer = Start a tracker for { $state } from this file ({ $count } recommendations)
import-trackers-summary = This file is about { $count } other States ({ $states }), not about the data shown: it is not merged. Choose one of them below to start a tracker for it, or cancel.
import-tracker-note = It is kept in this browser in place of the data shown now, as an import is; one click returns to the bundled data.
import-change-added = { $count } added
import-change-changed = { $count } changed
import-change-unchanged = { $count } unchanged
import-change-removed = { $count } removed
import-change-field = { $field }: “{ $before }” → “{ $after }”
import-at-merged = the merged data
import-at-row = row { $row }
import-at-column = column “{ $column }”
import-problem-not-utf8 = The file is not UTF-8 text, so its letters cannot be read. In Excel use “Save as” and choose “CSV UTF-8 (comma delimited)”; in LibreOffice choose the character set “Unicode (UTF-8)”.
import-problem-empty-file = The file is empty. Expected a header row and at least one data row (or a dataset in JSON).
import-problem-no-rows = The file has a header row but no data rows, so there is nothing to import from it.
import-problem-unknown-kind = The columns of this file fit none of the templates (found: { $found }). Expected the headers of a template — { $expected } — or a whole dataset in JSON.
import-problem-not-dataset = This JSON file is not a dataset of this dashboard (its “format” is { $found }; expected "upr-dashboard-dataset"). Only a whole dataset can be imported as JSON; for single rows use the CSV templates.
import-problem-second-dataset = Only one whole dataset can be imported at a time, and “{ $first }” is one already. Import one of them.
import-problem-csv-syntax = The CSV cannot be read from here on: { $detail }. Check the quotation marks of this row.
import-problem-missing-column = The column “{ $en }” (in Mongolian “{ $mn }”) is missing; the { $template } template requires it.
import-problem-unknown-column = The column “{ $header }” is not part of the { $template } template and is ignored. The template’s columns: { $known }.
import-problem-unnamed-column = Column { $position } has values but no header, so it is ignored. Give it the header of a template column, or delete it.
import-problem-duplicate-column = The columns “{ $first }” and “{ $second }” both mean “{ $column }”. Keep one of them.
import-problem-extra-cells = This row has more cells than the header row; the cells beyond the last column are ignored.
import-problem-empty-cell = This cell is empty, but the column is required.
import-problem-bad-date = “{ $value }” is not a date. Expected year-month-day such as 2024-03-05, or 2024-03 or 2024; 05.03.2024, 2024/03/05 and dates formatted by the spreadsheet are read too. The day must exist in that month.
import-problem-ambiguous-date = “{ $value }” could be { $a } or { $b }. Write it as year-month-day, for example { $a }.
import-problem-bad-number = “{ $value }” is not a whole number. Expected digits only, such as 2 or 120 (~120 for an approximate count).
import-problem-unknown-status = “{ $value }” is not a status. Expected fully, partially or not (also “fully implemented”, “partially implemented”, “not implemented”; in Mongolian бүрэн, хэсэгчлэн, хэрэгжээгүй).
import-problem-unknown-assessor-kind = “{ $value }” is not a kind of assessor. Expected government, nhri, civil_society or other (also “civil society”, “NHRC”; in Mongolian засгийн газар, ХЭҮК, иргэний нийгэм, бусад).
import-problem-unknown-consultation-kind = “{ $value }” is not a kind of consultation. Expected provincial, regional, national, validation or training (in Mongolian аймгийн, бүсийн, үндэсний, баталгаажуулах, сургалт).
import-problem-unknown-response = “{ $value }” is not a response. Expected supported, noted or supported in part (in Mongolian дэмжсэн, тэмдэглэсэн or хэсэгчлэн дэмжсэн).
import-problem-unknown-recommendation = There is no recommendation “{ $value }” in the data. Expected a recommendation id such as c1-84.5 (cycle 1, paragraph 84.5), or the paragraph alone when only one cycle has it.
import-problem-ambiguous-paragraph = Paragraph “{ $value }” is in more than one cycle ({ $ids }). Write the recommendation id instead.
import-problem-unknown-region = “{ $value }” is not a region. Expected a region code such as MN-1 or MN-035, or a name such as Ulaanbaatar, Orkhon or Улаанбаатар.
import-problem-unknown-theme = “{ $value }” is not a theme. Expected a theme id such as death-penalty, or its name in English or Mongolian.
import-problem-unknown-cycle = There is no cycle “{ $value }” in the data. Expected the number of a cycle: { $known }.
import-problem-unknown-document = There is no document “{ $value }” in the data. Expected the id of a listed document, such as A/HRC/16/5.
import-problem-no-cycle-document = Cycle { $cycle } has no document to record the recommendation in. Give the document’s id in the column “document”.
import-problem-duplicate-row = This row repeats row { $row } ({ $key }). Each one may appear only once; delete one of the rows.
import-problem-duplicate-row-other-file = This row repeats row { $row } of “{ $file }” ({ $key }). Each one may appear only once; delete one of the rows.
import-problem-id-convention = The id does not follow the convention c<cycle>-<paragraph>; expected “{ $expected }”. The row is imported as written.
import-problem-source-kind-differs = An assessment source named “{ $name }” exists with the kind “{ $kind }”; a separate source is made for this kind. Check the assessor kind if it is the same body.
import-problem-no-source-document = No source document is given, so the file “{ $file }” itself is recorded as the source. Add the ids of the documents in the column “sources” if they are in the data.
import-problem-base-unreadable = The current data could not be read as JSON, so nothing can be merged into it.
import-problem-docx-not-zip = This is not a Word file that can be read ({ $detail }).
import-problem-docx-not-word = This zip file holds no Word document.
import-problem-docx-encrypted = This Word file is protected by a password; save a copy without one and drop that.
import-problem-docx-too-large = The part { $part } of this file unpacks to more than 64 MB; it is not read.
import-problem-docx-damaged = This Word file is damaged: { $part } cannot be read ({ $detail }).
import-problem-list-no-state = The page header does not name the State under review (“UPR of …”).
import-problem-list-unknown-state = The page header names “{ $name }”, which is not one of the States of the United Nations.
import-problem-list-no-table = This Word file is not a thematic list of recommendations: no table has a “Recommendation” and a “Position” column.
import-problem-list-no-paragraph = A recommendation without its paragraph number: “{ $text }”.
import-problem-list-no-identity = A recommendation of another mechanism with neither an annotation id nor a paragraph number, so it cannot be told apart from another: “{ $text }”.
import-problem-list-no-symbol = A recommendation of another mechanism without its document’s symbol: “{ $text }”.
import-problem-list-no-recommending-state = Recommendation { $paragraph } names no recommending State in parentheses at its end.
import-problem-list-unknown-recommending-state = Recommendation { $paragraph } is by “{ $name }”, which is not one of the States of the United Nations; it is kept as written.
import-problem-list-unknown-position = Recommendation { $paragraph } has the position “{ $value }”; expected Supported, Noted or Supported/Noted.
import-problem-list-duplicate-paragraph = Recommendation { $paragraph } is in the list twice; the first is kept.
import-problem-list-no-date = This file does not say when it was made, so a tracker cannot be dated from it; open it in Word, save it again and drop the copy.
import-problem-other-state = This list is about { $list }, and the data shown is about { $shown }: it is not merged. You can start a tracker for { $list } from this file instead.
import-problem-office-container = This is a password-protected Office file or an old-format one (.xls, .doc). Open it, remove the password or save it as .xlsx / .docx, and drop the copy.
import-problem-uhri-not-uhri = This Excel file is not a Universal Human Rights Index export: its first sheet's header row is “{ $found }”; expected columns such as Text, Countries Concerned and Recommending Body.
import-problem-uhri-damaged = This Excel file cannot be read ({ $detail }). It may be cut short: download it again.
import-problem-uhri-too-large = This Excel file would unpack to more than 256 MB, so it is not read.
import-problem-uhri-json = This JSON file is not a Universal Human Rights Index export that can be read: { $detail }.
import-problem-other-mechanisms = { $count ->
    [one] One recommendation
   *[other] { $count } recommendations
} of other UN mechanisms ({ $bodies }) come in as recommendations of their mechanism, beside the UPR's (without a cycle or a position); the “UN mechanism” filter chooses them.
import-problem-numbered = This list gives their paragraph numbers to { $numbered } recommendations that came without one (from UPR Info), as { $into } of its own (UPR Info writes a joint recommendation once per State); their assessments stay with them. { $unmatched } matched none of the list's and stay without a paragraph.
import-problem-too-many-states = This file is about { $states } other States: a tracker is offered for the { $offered } with most recommendations. For another, export that State's recommendations alone and drop that file.
import-problem-replies = { $count ->
    [one] One row is
   *[other] { $count } rows are
} the State's reply (“Response of …”), not a recommendation: left out.
import-problem-other-state-left-out = { $rows ->
    [one] One recommendation
   *[other] { $rows } recommendations
} to { $state } in this file were left out: only those to the State shown are taken.
import-problem-short-row = This row has { $cells } of the { $columns } columns: the file is cut short, or a quotation mark is not closed. The row is left out.
import-problem-legacy-encoding = This file is not UTF-8: it was read as { $encoding }. Check that accented letters look right.
import-problem-other-wording = This row is recommendation { $id } in other words; the UN document's text stays. This file: “{ $theirs }” — the UN document: “{ $ours }”.
import-problem-other-position = This row gives recommendation { $id } the position “{ $theirs }”; the data shown says { $ours }, and that stays.
import-problem-unmatched = No recommendation of cycle { $cycle } by { $state } here has this text or one close to it, so the row is not added: “{ $text }”.
import-crosscheck = { $state }: { $rows ->
    [one] one row matches
   *[other] { $rows } rows match
} { $matched ->
    [one] one recommendation
   *[other] { $matched } recommendations
} here ({ $close } only in other words), { $unmatched } match none. It changes nothing: the UN documents' texts and positions stay.
import-crosscheck-pledges = { $count ->
    [one] One voluntary pledge
   *[other] { $count } voluntary pledges
} of { $state } are not recommendations and were left out.
import-crosscheck-others = { $rows ->
    [one] One row
   *[other] { $rows } rows
} about { $states ->
    [one] one other State were
   *[other] { $states } other States were
} left out.
