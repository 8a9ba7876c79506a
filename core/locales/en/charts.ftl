## Charts
charts-title = Charts
charts-intro = Each chart counts the recommendations that match the filters of this link. Grey is “not assessed”: no source has rated the recommendation, and it is never counted as not implemented.
charts-showing = Showing { $shown } of { $total } recommendations (filters: { $filters }).
charts-clear-filters = Clear the filters
charts-filter-assessor = rated by { $kinds }
charts-filter-disagree = assessors disagree
charts-filter-search = search “{ $text }”

## What a chart counts, and its sources
chart-scope-all = { $shown ->
    [one] 1 recommendation
   *[other] { $shown } recommendations
  }
chart-scope-filtered = { $shown } of { $total } recommendations (filters: { $filters })
chart-basis-any = status: the latest rating by any assessor
chart-basis-kinds = status: the latest rating by { $kinds }
chart-basis-regions = only ratings about { $regions }
chart-basis-each-kind = status: the latest rating by each kind of assessor
chart-basis-as-of = as it stood on each assessment date
chart-source = Source: { $docs } (recommendations and responses). Ratings: { $ratings }. Data as of { $date }.
chart-source-unrated = Source: { $docs } (recommendations and responses). No ratings. Data as of { $date }.

## A chart's card
chart-how-to-read = How to read:
chart-download-png = Download PNG
chart-download-label = Download “{ $title }” as a PNG picture
chart-show-table = Show the figures as a table
chart-table-hint = The same figures are in the table with the chart
chart-drawing = Drawing the chart…
chart-unavailable = The chart library did not load; the table has the same figures.
charts-not-printed = The charts are not in this printout: they had not been loaded yet. Scroll down to them, wait until they are drawn, and print again.
chart-no-rows = No recommendation matches the filters.
chart-col-status = Status
chart-col-share = Share
chart-col-total = Total
chart-col-agreement = Agreement
chart-col-date = Assessment date
chart-axis-recommendations = Recommendations

## The charts
chart-status-title = Implementation status
chart-status-how = Each slice is the share of the recommendations with that status. Grey: no source has rated the recommendation; it is not counted as not implemented.
chart-theme-title = Implementation status by theme
chart-theme-how = One bar per theme, the theme with the most recommendations first; a recommendation with several themes counts in each of them. Each segment is a status; grey is not assessed.
chart-sdg-title = Implementation status by Sustainable Development Goal
chart-sdg-how = One bar per goal, in the goals' order; a recommendation counts in each goal it serves, through a target too. Each segment is a status; grey is not assessed.
chart-no-sdg = No SDG named
chart-no-theme = No theme
chart-state-title = Implementation status by recommending State
chart-state-how = The { $top } States that made the most recommendations, then all other States in one bar. A joint recommendation counts for each of its States; the last bar counts each recommendation once.
chart-state-others = All other States ({ $count })
chart-response-title = Implementation status by { $state }’s response
chart-response-how = Supported: { $state } accepted the recommendation. Noted: { $state } took note of it without accepting it. Each segment is a status; grey is not assessed.
chart-assessor-title = The same recommendations as rated by each kind of assessor
chart-assessor-how = Each bar counts the same recommendations by one kind of assessor’s latest rating. Bars that differ mean the assessors see things differently; grey means that assessor has not rated.
chart-assessor-one = Only one kind of assessor ({ $kind }) has rated any of these recommendations: there is no second opinion to compare yet. The other bars are all “not assessed”.
chart-assessor-none = No assessor has rated any of these recommendations, so there is nothing to compare.
chart-agreement-title = Where the assessors agree and disagree
chart-agreement-summary = { $both } of these recommendations are rated by more than one kind of assessor: they agree on { $agree } and disagree on { $disagree }.
chart-agreement-empty = None of these recommendations is rated by more than one kind of assessor.
chart-agree = Agree
chart-disagree = Disagree
chart-progress-title = Implementation status over time
chart-progress-how = One bar per date on which a rating was made: the status of the same recommendations as it stood on that date (the latest rating made on or before it). Recommendations not rated by then are grey.
chart-progress-one-date = Progress over time needs ratings made on more than one date; all ratings of these recommendations date from { $date }.
chart-progress-no-dates = None of these recommendations has been rated, so there is no progress to show.
