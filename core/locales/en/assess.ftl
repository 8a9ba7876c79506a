## assess: ratings recorded in the app (fetched with the views that record them)
assess-issue-recommendation = A kept rating is about { $recommendation }, which the data shown does not have. It stays in this browser's record and in what you download.
assess-issue-kind = A kept rating names the assessor “{ $assessor }” with the kind “{ $kind }”, which the app does not know. It stays in this browser's record and in what you download.
assess-issue-status = A kept rating of { $recommendation } has the status “{ $status }”, which the app does not know. It stays in this browser's record.
assess-issue-date = A kept rating of { $recommendation } has the date “{ $date }”, which the app does not read. It stays in this browser's record.
assess-issue-region = A kept rating of { $recommendation } is about the region “{ $region }”, which the data shown does not have. It stays in this browser's record.
assess-problem-assessor = Say who the rating is by: choose an assessor, or name a new one and its kind.
assess-problem-status = Choose a status: fully, partially or not implemented.
assess-problem-date = Write the date as year-month-day, such as 2026-12-07.
assess-problem-future = The date is after today ({ $today }): a rating cannot be made in the future.
assess-problem-before-review = The date is before the review that made this recommendation ({ $review }).
assess-problem-recommendation = The data shown has no recommendation with this id.
assess-problem-region = The data shown has no region with this code.
