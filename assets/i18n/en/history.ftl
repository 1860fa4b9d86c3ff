### history

## The History screen
history-title = History
# The button in the top bar that opens Settings.
history-settings-button = Settings
history-dismiss = Dismiss
history-opening = Opening the history…
history-days-active = Days active: { $week } of the last 7 · { $month } of the last 30

## The period the list, charts and exports cover
history-period-days = { $days ->
    [one] Last day
   *[other] Last { $days } days
}
history-period-year = Last 12 months
history-period-all = All sessions
history-period-hint = Which sessions the list, the charts and the exports cover

# The totals of the period. $sessions is already "3 sessions", $minutes "42 min";
# $before and $after are average pain scores (or "–").
history-totals = { $sessions } · { $minutes } · { $completed } completed · { $stopped } stopped for pain · { $done } of { $planned } reps · average pain { $before } before, { $after } after

## Exports
# $period: "Last 30 days".
history-export-heading = Export for your physiotherapist ({ $period })
history-export-csv = Export CSV
history-export-report = Export report
history-export-hint = Write the file now
history-export-choose = Choose…
# Accessible names of the path fields next to the export buttons.
history-export-csv-file = Export CSV to this file
history-export-report-file = Export report to this file

## The list of sessions
history-no-sessions = No sessions in this period yet. Finished sessions appear here.
# Added to a session's line in the list, after " · ".
history-row-pain-alert = pain alert
history-row-above-limit = started above the pain limit
history-show-session = Show this session

## A programme's part of the screen
# $title: the routine's title; $start: "Mon 7 Dec 2026".
history-programme-from = { $title } · from { $start }
# $words: "pain 2 before, 6 after · Hip · felt sharp".
history-pain-alert = Pain alert: { $words }
# $date: "Mon 7 Dec"; $week: the programme week.
history-pain-alert-week = Pain alert: { $words } · { $date } (week { $week })
history-more-alerts = { $count ->
    [one] … and { $count } more pain alert in the list below
   *[other] … and { $count } more pain alerts in the list below
}
# Pain scores out of 10 (or "–").
history-alert-pain = pain { $before } before, { $after } after

## One session in detail
history-back-to-list = All sessions
history-detail-ended = How it ended
history-detail-stopped-during = Stopped during
history-detail-done = Done
history-detail-time = Time
# $total and $active: "12 min".
history-detail-time-value = { $total } ({ $active } exercising)
history-detail-paused = Paused
# $duration: "3 min".
history-detail-paused-value = { $count ->
    [one] { $count } time, { $duration }
   *[other] { $count } times, { $duration }
}
history-detail-skipped = Steps skipped
history-detail-pain = Pain (0–10)
history-detail-pain-alert = Pain alert
history-detail-programme-week = Programme week
# $date: "Mon 7 Dec 2026".
history-detail-week-value = week { $week } · { $date }
history-detail-pain-check = Pain check
history-detail-started-above = started anyway, above the pain limit
history-detail-where = Where it hurt
history-detail-note = Note
history-detail-routine-file = Routine file
history-detail-routine-hash = Routine SHA-256

## Charts
chart-programme-weeks = Planned and done per programme week
chart-planned = Planned
chart-done = Done
chart-sessions-per-week = Sessions per week
chart-sessions = Sessions
chart-minutes-per-week = Minutes per week
chart-minutes = Minutes
chart-pain = Pain before and after (0–10)
chart-before = Before
chart-after = After
# Under a bar of the programme chart.
chart-week = week { $week }
# What a screen reader says for a chart; $title: "Sessions per week".
chart-accessible = { $title } chart
