## Which data is shown: the banner and the Data view

data-title = The data shown
data-bundled-shown = This is the dataset that comes with the dashboard: { $state }'s UPR recommendations, responses, the published assessments and the consultations, each with its source.
data-imported-shown = Imported data is shown, not the bundled dataset: { $files }, imported { $when } (dataset { $id }).
data-file-rows = { $name } ({ $rows ->
    [one] one row
   *[other] { $rows } rows
})
data-reset = Return to the bundled data
data-download = Download this data (JSON)
data-shown-bundled = the bundled data
data-shown-imported = this browser's data { $id } (imported, or with ratings recorded here)
data-link-other-import = This link was made on data ({ $id }: imported, or with ratings recorded in the sender's browser) that this browser does not have. You are seeing { $shown }, so the rows may differ from what the sender saw. Ask them for the data file (Data → Download this data, or the ratings' download) and import it.
data-link-bundled = This link was made on the bundled data. You are seeing { $shown }, so the rows may differ from what the sender saw.
data-kept-unusable = Data you imported earlier is kept in this browser but cannot be used ({ $problem }). The bundled data is shown; the import is left as it was.
data-storage-silent = This browser's storage did not answer, so the bundled data is shown. Data you imported in this browser, if any, is still kept: reload the page to try again.
data-kept-download = Download the kept import
data-kept-delete = Delete the kept import
data-storage-error = The browser's storage did not work: { $detail }. Nothing was changed.

## The import report (beside core/locales/*/import.ftl)
import-ready = No problems found. Check what will change below, then use the imported data.
import-report-title = Check of the files
import-checking = Checking the files…
import-check-failed = The files could not be checked: { $error }. Nothing was changed; reload the page and try again.
import-problems-title = Problems, each with its file, row and column
import-report-severity = Kind
import-report-place = Where
import-report-problem = What is wrong, and what is expected
import-column-required = Required?
