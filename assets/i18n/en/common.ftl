### Numbers, dates, durations and counts: how every number a person reads is written.

## Numbers
number-decimal-separator = .

## Durations: planned lengths and time spent ($s may carry a decimal: 1.5)
duration-seconds = { $s }s
duration-minutes = { $m }m
duration-minutes-seconds = { $m }m { $s }s
duration-hours-minutes = { $h }h { $m }m

## Dates
date-weekday = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
date-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# "Mon 7 Dec 2026"
date-long = { $weekday } { $day } { $month } { $year }
# "Mon 7 Dec"
date-short = { $weekday } { $day } { $month }
# "7 Dec 2026"
date-plain = { $day } { $month } { $year }
# "7 Dec 26" (chart axes)
date-axis = { $day } { $month } { $year }
# "Mon 7 Dec 2026, 14:05"
date-time = { $date }, { $time }

## Counts
count-sets = { $count ->
    [one] { $count } set
   *[other] { $count } sets
}
count-reps = { $count ->
    [one] { $count } rep
   *[other] { $count } reps
}
count-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
count-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
count-exercises = { $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
}
count-steps = { $count ->
    [one] { $count } step
   *[other] { $count } steps
}
count-times = { $count ->
    [one] { $count } time
   *[other] { $count } times
}
count-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
count-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}

## Sides
side-left = left side
side-right = right side
