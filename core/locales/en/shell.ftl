## Shell
app-name = UPR implementation dashboard
loading = Loading the dataset…
as-of = Data as of { $date }
sources = Sources
sources-intro = Every figure in this dashboard comes from these documents.
language = Language
nav-label = Views
nav-overview = Overview
nav-recommendations = Recommendations
nav-map = Map
nav-consultations = Consultations
nav-data = Data
nav-charts = Charts
nav-rate = Rate
nav-validate = Compare and agree
skip-to-content = Skip to main content
footer-dataset = Dataset format version { $version }. Recommendation texts: United Nations documents.

## Statuses and kinds
status-fully = Fully implemented
status-partially = Partially implemented
status-not = Not implemented
status-not-assessed = Not assessed
response-supported = Supported
response-noted = Noted
response-supported-in-part = Supported in part
assessor-government = Government
assessor-nhri = National Human Rights Commission
assessor-civil_society = Civil society
assessor-other = Other
consultation-provincial = Provincial
consultation-regional = Regional
consultation-national = National
consultation-validation = Validation meeting
consultation-training = Training
region-aimag = Aimag
region-capital = Capital city
region-division = First-level division

## Overview
overview-title = Overview
cycle-title = Cycle { $number }
cycle-review = Reviewed { $date }, Working Group session { $session }
cycle-documents = Documents
received = Received
supported = Supported
noted = Noted
supported-in-part = Supported in part
assessed = Assessed
not-assessed-count = Not assessed
recommending-states = Recommending States
counts-from-dataset = Counted from the recommendations in this dataset.
counts-published = Published figures (the recommendations themselves are not in this dataset). Source: { $source }
counts-unknown = The recommendations of this cycle are not in the dataset and no counts have been published in the sources used.
status-by-assessor = Implementation status by assessor
status-by-assessor-caption = Latest rating of each recommendation by each kind of assessor. A recommendation no source has rated is “not assessed”.
status-column = Status
assessor = Assessor
published-rating = Published aggregate rating
published-rating-by = { $kind }, { $source }
caveat = Caveat
labels-as-published = Labels as published: { $labels }

## Recommendations
recommendations-title = Recommendations
recommendations-count = { $count ->
    [one] 1 recommendation
   *[other] { $count } recommendations
  }
by-theme = By theme
theme = Theme
count = Count
paragraph = Paragraph
recommendation = Recommendation
recommending-state = Recommending State(s)
response = Response
latest-status = Latest status
themes = Themes

## Map
map-title = Consultations by province
map-metric-consultations = Consultations held in or involving the region
map-credit = Map: © OpenStreetMap contributors; geoBoundaries (ODbL 1.0)
map-unnamed = { $count } of { $of } aimags also held consultations in { $date } that the sources do not name; they are not counted on the map.
region = Region
capital = Centre
consultations-held = Consultations held
no-data = no data
map-none = No province map is loaded for { $state }. The other views work as ever.
map-loading = Drawing the map…
map-unavailable = The map library did not load; the table below has the same figures.

## Consultations
consultations-title = Consultations
consultations-count = { $count ->
    [one] 1 consultation event
   *[other] { $count } consultation events
  }
consultation-when = Date
consultation-kind = Kind
consultation-where = Where
organisers = Organisers
organisers-unknown = not named in the source
participants = Participants
participants-total = { $approx ->
    [yes] about { $count }
   *[no] { $count }
  }
participants-unknown = not published
regions-covered = Regions covered
regions-unnamed = { $count } of { $of } aimags, not named in the sources
source = Source

## Dates
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-year = { $year }
date-month = { $month } { $year }
date-day = { $day } { $month } { $year }
date-days = { $start }–{ $end } { $month } { $year }
date-span = { $start } – { $end }

## Data problems
error-title = The dataset could not be shown
error-intro = The file { $file } has { $count ->
    [one] one problem
   *[other] { $count } problems
  }. Nothing has been changed; fix the file or reload.
error-place = Place in the file
error-problem = Problem
whole-file = the whole file
reload = Reload
warnings-title = The dataset loaded with { $count ->
    [one] one warning
   *[other] { $count } warnings
  }
dismiss = Dismiss
show-details = Show details
issue-http = The server answered HTTP { $status } (the file is missing or cannot be read).
issue-network = The file could not be fetched: { $detail }
issue-empty-file = The file is empty.
issue-not-utf8 = The file is not UTF-8 text, so its letters cannot be read (from line { $line }, column { $column }). Save it again with the encoding UTF-8.
issue-syntax = This is not valid JSON (line { $line }, column { $column }): { $detail }
issue-shape = A value has the wrong type or is missing: { $detail }
issue-wrong-format = This is not a dataset of this dashboard (format { $found }).
issue-wrong-version = This version of the dataset format ({ $found }) is not supported; expected 1 or 2.
issue-unknown-reference = Unknown { $target } “{ $value }”.
issue-duplicate = “{ $value }” appears more than once.
issue-bad-date = “{ $value }” is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD).
issue-unknown-word = “{ $value }” is not one of: { $expected }.
issue-empty = This must not be empty.
issue-missing-translation = The Mongolian text is missing; English is shown.
issue-count-mismatch = { $listed } recommendations are listed but { $published } were published.
issue-percentages = The percentages add up to { $total }, not 100.
target-document = document
target-region = region
target-cycle = cycle
target-theme = theme
target-recommendation = recommendation
target-assessment-source = assessment source

## Crash
crash-title = Something went wrong
crash-body = The dashboard hit an internal error. Your data and links are safe: reload the page to continue.
query-ignored = Ignored in the link (not understood): { $values }
update-available = A new version of the dashboard is available. Your current view stays as it is until you reload.
update-reload = Reload now
deck-summary = { $count ->
    [0] Presentation
    [one] Presentation (1 slide)
   *[other] Presentation ({ $count } slides)
  }
deck-add = Add this view as a slide
deck-present = Present
deck-ready-hint = A ready deck: the overview, the charts, the map and the consultations, with the filters chosen now. Its slides can be renamed, reordered or removed afterwards.
deck-download = Download the deck
deck-copy = Copy the deck link
deck-open = Open a deck file
deck-opened = { $count ->
    [one] Opened a deck of 1 slide.
   *[other] Opened a deck of { $count } slides.
  }
deck-file-error = The deck file { $file } could not be opened: { $detail }. The current deck is unchanged.
slide-title-label = Slide { $n } title
slide-note-label = Speaker note
slide-up = Move slide { $n } up
slide-down = Move slide { $n } down
slide-remove = Remove slide { $n }
slide-number = Slide { $n } of { $total }
slide-previous = Previous slide
slide-next = Next slide
slide-exit = Leave the presentation (Esc)
qr-show = QR code of this view
print-no-filters = All recommendations (no filter)
print-source = Source: { $title }, data as of { $date }; UN documents { $documents }.
glance-title = At a glance
glance-source = { $title }, data as of { $date }.
glance-missing = — : no figure in the sources used.
part-loading = Loading this part of the dashboard…
part-failed = This part of the dashboard could not be loaded. Check the connection and try again, or reload the page: the link keeps everything you chose.
part-retry = Try again
