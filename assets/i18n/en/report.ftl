### report: the physiotherapist's report (a printable page), the CSV export, and the patient's
### printable handout.

## Periods of days
# Both ends: "Mon 1 Nov 2026 – Thu 26 Nov 2026"
report-period-between = { $since } – { $until }
report-period-since = since { $date }
report-period-until = up to { $date }
report-period-all = all sessions

## Why an export was not written ($reason: what the system said, in its own words)
report-error-csv = The CSV could not be made ({ $reason }).
report-error-write = { $file } could not be written ({ $reason }); choose another place or check there is room.
report-error-unexpected = Repcue hit a problem it did not expect while making { $file }; nothing was written.

## Pain scores (0–10) and time, in the History screen's rows
report-pain-before-after = pain { $before } before, { $after } after
report-pain-before = pain { $before } before
report-pain-after = pain { $after } after
report-pain-not-recorded = pain not recorded
# Minutes of exercise: "12 min"
report-minutes = { $minutes } min
# "1 h 05 min" ($minutes has two digits)
report-hours-minutes = { $hours } h { $minutes } min

## A programme's schedule, standing and weeks
# "6 weeks from Mon 7 Dec 2026"
report-schedule-weeks-from = { $count ->
    [one] { $count } week from { $date }
   *[other] { $count } weeks from { $date }
}
# A programme without an end: "from Mon 7 Dec 2026"
report-schedule-from = from { $date }
# Any this many days of each week
report-schedule-days-a-week = { $count ->
    [one] { $count } day a week
   *[other] { $count } days a week
}
report-schedule-every-day = every day
# Sessions a day: "2 a day"
report-schedule-per-day = { $count } a day
report-standing-starts = starts { $date }
report-standing-week-of = week { $week } of { $weeks }
report-standing-week = week { $week }
report-standing-ended = ended { $date }
# The standing as of a day other than the report's: "week 4 of 6 on Wed 30 Dec 2026"
report-standing-on = { $standing } on { $date }
# A programme week's days within one month: "7–13 Dec 2026"
report-week-dates-days = { $first }–{ $last } { $month } { $year }
# Across two months: "28 Nov – 4 Dec 2026"
report-week-dates-months = { $first } { $first_month } – { $last } { $last_month } { $year }
# Across two years: "28 Dec 2026 – 3 Jan 2027"
report-week-dates-years = { $first } – { $last }

## Why a session is in the list of pain alerts
report-flag-started-with-pain = started anyway with pain { $pain } (limit { $limit })
report-flag-started-above-limit = started anyway above the pain limit
report-flag-pain-after-above = pain after above { $limit }
report-flag-pain-rose = pain rose by { $rise }
# Pain before → after: "pain 3 → 6"
report-flag-pain = pain { $pain }

## The report's page
report-title = Home exercise report
report-title-period = Home exercise report — { $period }
# Under the title; $period is shown in bold
report-period-line = Period: { $period } · written by Repcue { $version } on { $date }
# Labels before a blank line to write on
report-patient = Patient:
report-physiotherapist = Physiotherapist:
# The numbers at the top
report-number-sessions = Sessions
report-number-days-active = Days active
report-number-exercise-time = Exercise time
report-number-completed = Completed
report-number-stopped-for-pain = Stopped for pain
report-number-reps-done = Reps done
report-number-pain = Pain before → after
# "3 of 4" sessions, reps or holds
report-count-of = { $done } of { $total }
# Reps done: "110 of 120 (92 %)"
report-count-of-percent = { $done } of { $total } ({ $percent } %)
report-no-sessions = No sessions were recorded in this period.

## Charts
report-chart-minutes-heading = Minutes per week
report-chart-pain-heading = Pain before (○) and after (●), 0–10
# What the charts show, for screen readers
report-chart-minutes-label = Minutes of exercise per week
report-chart-pain-label = Pain before and after each session, 0 to 10
# A bar of the minutes chart
report-chart-week = week of { $date }
# The bar's tooltip: "week of 7 Dec 2026: 35 min, 3 sessions"
report-chart-week-bar = { $week }: { $minutes } min, { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}

## The sessions list
report-sessions-heading = Sessions (newest first)
# When all sessions are of one routine, it is named here
report-sessions-heading-routine = Sessions (newest first) — { $routine }
report-col-date = Date
report-col-week = Week
report-col-routine = Routine
# What was done of the session: "10 of 12 reps"
report-col-done = Done
report-col-time = Time
report-col-pain = Pain
# How the session ended
report-col-ended = Ended
report-col-where-note = Where / note
# Marks a pain score that triggered a pain alert
report-alert = alert
# Marks a session started with pain above the limit
report-started-anyway = started anyway
# "Stopped for pain during Hip bridge"
report-ended-during = { $ending } during { $place }
report-earlier-sessions = { $count ->
    [one] { $count } earlier session in this period is counted above and listed in the CSV export.
   *[other] { $count } earlier sessions in this period are counted above and listed in the CSV export.
}

## The exercises table
report-exercises-heading = Exercises
report-col-exercise = Exercise
report-col-sessions = Sessions
report-col-reps-done = Reps done
report-col-holds-done = Holds done
report-col-steps-skipped = Steps skipped

## A programme's section
report-programme-heading = Programme: { $title }
# "pain limits: stop above 5, alert on a rise of 2"
report-pain-limits = pain limits: { $limits }
report-limit-stop-above = stop above { $limit }
report-limit-rise = alert on a rise of { $rise }
report-pain-alerts-heading = Pain alerts
report-pain-alerts-none = None in this period.

## The weeks table of a programme
report-col-dates = Dates
report-col-planned = Planned
# Sessions done that week
report-col-done-sessions = Done
# Sessions partly done that week
report-col-partly = Partly
report-col-pain-alerts = Pain alerts
# After the current week's number
report-week-so-far = (so far)
report-weeks-in-csv = Weeks 1–{ $last } are in the CSV export.
report-flagged-heading = Pain alerts and sessions started above the limit
report-flagged-more = { $count } more in the CSV export.

## The CSV export's column headers (one word or words_joined_by_underscores each)
csv-row = row
csv-session = session
csv-date = date
csv-start = start
csv-end = end
csv-routine = routine
csv-routine-sha256 = routine_sha256
# How the session ended
csv-ending = ending
# The exercise a session was stopped during
csv-stopped-during = stopped_during
csv-exercise = exercise
csv-sets-done = sets_done
csv-sets-prescribed = sets_prescribed
csv-reps-done = reps_done
csv-reps-prescribed = reps_prescribed
csv-holds-done = holds_done
csv-holds-prescribed = holds_prescribed
csv-steps-skipped = steps_skipped
# Minutes of exercise, not paused
csv-active-min = active_min
csv-paused-min = paused_min
csv-pauses = pauses
csv-pain-before = pain_before
csv-pain-after = pain_after
# Where it hurt, as the patient wrote it
csv-pain-where = pain_where
csv-note = note
csv-routine-file = routine_file
csv-programme-week = programme_week
csv-pain-alert = pain_alert
csv-started-above-limit = started_above_limit
csv-programme-start = programme_start
# Sessions planned in a programme week
csv-planned = planned
# Sessions whose day had come by the export
csv-due = due
csv-done = done
csv-partly = partly
csv-pain-alerts = pain_alerts

## The patient's printable handout
# $author: as the routine writes it, shown in bold
handout-prescribed-by = Prescribed by { $author }
# Before the programme's schedule
handout-when = When:
handout-your-exercises = Your exercises
handout-pain-limit = Pain limit:
handout-written-by = Written by Repcue { $version }.
# $reason: why, e.g. the file is missing
handout-picture-left-out = Picture not included: { $reason }
handout-picture-not-png-jpeg = "{ $file }" is not a PNG or JPEG file

## The grid to tick
handout-grid-heading = Tick each session when you have done it
handout-grid-week = Week
# A column when the routine has no schedule: "Day 1"
handout-grid-day = Day { $number }
# A day in the grid: "7 Dec" ($month: the month's short name)
handout-grid-date = { $day } { $month }
# Under a grid whose programme asks for any N days a week
handout-grid-any-days = Any { $count } of the days each week: tick the days you did.
