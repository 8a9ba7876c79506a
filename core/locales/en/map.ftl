## map
map-metric-legend = Colour the regions by
map-metric-participants = Participants in consultations held in or covering the region (where known)
map-metric-share-fully = Share of region-specific ratings: fully implemented
map-metric-share-partially = Share of region-specific ratings: partially implemented
map-metric-share-not = Share of region-specific ratings: not implemented
map-metric-unavailable = No region-specific ratings in this dataset
map-value = { $value }
map-value-approx = about { $value }
map-value-share = { $pct } % ({ $count } of { $of } ratings)
map-scale-pct = { $pct } %
map-tooltip-consultations = { $count ->
    [one] 1 consultation
   *[other] { $count } consultations
  }
map-tooltip-more = and { $count } more
map-summary = Map of { $state }'s regions. { $metric }: { $with } of { $total } regions have data. The list beside the map gives every region's figure.
map-legend-no-data = Hatched grey: no data (not zero)
map-legend-selected = Yellow with a dark border: the selected region
map-share-empty = This dataset has no region-specific ratings, so no region can be coloured by this share: every rating in it is about the country as a whole.
map-participants-note = The sum of the published participant totals of the consultations held in or covering the region; a consultation that covered several regions counts for each of them. Regions where no total is published show “no data”.
map-unavailable-list = The map library did not load; the list of regions has the same figures.
map-list-title = Regions
map-list-hint = Choose a region to see its consultations. This list gives the same figures as the map.
map-select-hint = Click a region on the map, or choose it in the list, to see its consultations.
map-clear = Clear the selection
map-panel-kind = { $kind } · centre: { $capital }
map-panel-consultations = Consultations held in or covering { $region }
map-panel-none = The sources name no consultation held in or covering { $region }.
map-panel-possibly = Possibly also: “{ $title }” ({ $date }) was held in { $count } of { $of } aimags that the sources do not name; { $region } may or may not be one of them.
map-panel-discussed = Discussed: { $themes }
map-panel-themes-unknown = What it discussed is not recorded in the sources.
map-panel-recommendations = Show its recommendations
map-panel-rated = { $count ->
    [0] No rating in this dataset is about { $region } alone, so its list of recommendations is empty: the ratings here are about the country as a whole.
    [one] 1 recommendation has a rating about { $region }.
   *[other] { $count } recommendations have a rating about { $region }.
  }
map-panel-charts = Show the charts for { $region }
map-panel-timeline = Show on the timeline
timeline-filtered = Consultations held in or covering { $regions }, and rounds in aimags the sources do not name that may include them.
timeline-show-all = Show all consultations
timeline-on-map = On the map
timeline-year = { $year }
map-load-title = Load a map of the provinces
map-load-help = A GeoJSON file of { $state }’s first-level divisions, each feature with its ISO 3166-2 code ({ $example }) in a property such as iso_3166_2 or shapeISO (as geoBoundaries’ ADM1 files have it) and its name. The map becomes part of this data: its provinces can be chosen in ratings and filters, and it is kept in this browser and in the data’s download.
map-load-file = Choose a GeoJSON file
map-load-reading = Reading the map…
geo-too-large = { $file } is larger than { $mb } MB: simplify the map (mapshaper, for one) and load it again.
geo-not-json = { $file } is not JSON: { $detail }
geo-not-features = { $file } is not a GeoJSON FeatureCollection with features.
geo-not-area = In { $file }, feature { $feature } is not an area (Polygon or MultiPolygon).
geo-no-code = In { $file }, feature { $feature } has no ISO 3166-2 code (a property iso_3166_2, ISO_3166_2, shapeISO or ISO_1).
geo-other-state = In { $file }, feature { $feature } has the code { $code }, which is not one of { $state }’s.
geo-duplicate = In { $file }, two features have the code { $code }.
map-credit-own = Map: the file of provinces loaded with this data.
map-title-divisions = Consultations by province
