### cli: what the `repcue` command line prints, and its errors.

## repcue check: the plan in words
# Under the routine's title; $author is the routine's author as written in the file.
cli-by-author = by { $author }
# An exercise's planned time when some of its reps go at the patient's own pace: "1m 20s + your pace".
cli-time-self-paced = { $time } + your pace
cli-pace = Get ready { $prepare } before each exercise · rest { $rest } between exercises
# The planned total when some reps are self-paced: "10m 54s plus the self-paced reps".
cli-total-self-paced = { $total } plus the self-paced reps
# "Total: 10m 54s · 5 exercises · 200 steps"
cli-total = Total: { $total } · { $exercises } · { $steps }
cli-cannot-write-plan = cannot write the plan to standard output

## repcue check of a programme over weeks
# $option is --week or --on; $file is the routine file.
cli-week-needs-programme = { $option } needs a programme, and { $file } has no [schedule]: every session follows the same plan, printed by `repcue check { $file }` (add a [schedule] table with start and weeks to make it a programme)
# The weeks a programme has, used in the two messages below: "week 1", "weeks 1 to 6".
cli-week-range = { $weeks ->
    [one] week 1
   *[other] weeks 1 to { $weeks }
}
cli-week-zero = --week 0: programme weeks count from 1
# $range is cli-week-range.
cli-week-zero-has = --week 0: programme weeks count from 1; this programme has { $range }
# $range is cli-week-range.
cli-week-past-end = --week { $week } is past the end: the programme in { $file } has { $range }
# --on a day before the programme: $date and $start are dates ("Tue 1 Dec 2026").
cli-date-before-start = { $date } is before the programme starts on { $start }: week 1's plan
cli-date-after-end = { $date } is after the programme ended on { $last }: the last week's plan
# "Week 5 of 6 · Mon 4 Jan 2027 – Sun 10 Jan 2027"
cli-week-of = Week { $week } of { $weeks } · { $first } – { $last }
# A programme with no end: "Week 5 · Mon 4 Jan 2027 – Sun 10 Jan 2027"
cli-week-open = Week { $week } · { $first } – { $last }
# "Programme: 6 weeks from Mon 7 Dec 2026 … · reminder 18:00"
cli-programme = Programme: { $schedule }
# "Pain limit: do not exercise above 5/10 · alert when pain rises by 2 or more"
cli-pain-limit = Pain limit: { $limits }
# What changed in an exercise from the previous stage: "changed: 10 → 12 reps · hold 3s → 5s".
cli-changed = changed: { $changes }
# The exercises that stay the same from the previous stage: "Unchanged: 1. Knee rocks, 2. Cat-cow".
cli-unchanged = Unchanged: { $exercises }
cli-change-sets = { $from } → { $to } { $to ->
    [one] set
   *[other] sets
}
cli-change-reps = { $from } → { $to } { $to ->
    [one] rep
   *[other] reps
}
# Names of the timings in "hold 3s → 5s" (lower case).
cli-change-up = up
cli-change-hold = hold
cli-change-down = down
cli-change-rest-between-reps = rest between reps
cli-change-rest-between-sets = rest between sets
cli-change-switch-sides = switch sides

## repcue history and repcue export
cli-cannot-open-history = cannot open the history in { $folder }
# In a history line, after the date, ending and completion: "pain 3 → 4". Padded to line up.
cli-history-pain = pain { $pain }
# A history line of a programme's session: "… · week 3".
cli-history-week = week { $week }
cli-history-pain-alert = pain alert
# The session was started although pain was above the routine's limit.
cli-history-started-anyway = started anyway
# A programme's first line: "Low back · from 2026-12-07 · week 3 of 6".
cli-programme-head = { $title } · from { $start } · { $standing }
cli-programme-pain-alerts = { $count ->
    [one] { $count } pain alert
   *[other] { $count } pain alerts
}
cli-no-sessions = No sessions recorded (history in { $folder }).
# $since is a day written YYYY-MM-DD.
cli-no-sessions-since = No sessions recorded since { $since } (history in { $folder }).
cli-cannot-make-csv = cannot make the CSV
# $sessions is a count of sessions ("12 sessions").
cli-wrote-sessions = Wrote { $file } ({ $sessions }).

## Files written
cli-wrote = Wrote { $file }
cli-cannot-write = cannot write { $file }
cli-cannot-write-in = cannot write in { $folder }
cli-no-home-folder = this system has no home folder; set REPCUE_HOME or pass --home

## repcue handout
cli-handout-is-routine = --html { $file } is the routine itself; give the handout a file name of its own, such as handout.html

## repcue new and repcue schema
cli-cannot-write-schema = cannot write the schema to standard output
cli-file-exists-never-overwrite = { $file } already exists; choose a new file name (repcue new never writes over a file)
cli-file-exists = { $file } already exists; choose a new file name
cli-folder-missing = the folder { $folder } does not exist; create it first
# The schema file next to the new routine differs from this version's; it is kept.
cli-kept-existing-schema = Kept the existing { $file }; to update it: repcue schema > { $file }
cli-kept = Kept { $file }
cli-edit-then-check = Edit it, then check it with: repcue check { $file }

## repcue remind
cli-reminders-off = Reminders are off (turn them on in Repcue's Settings).
# $why is a reminder-quiet-* sentence.
cli-nothing-to-remind = Nothing to remind of: { $why }.
# --dry-run: $text is the notification's title and text.
cli-would-notify = Would notify: { $text }
cli-reminded = Reminded: { $text }
cli-could-not-note-shown = could not note that the reminder was shown ({ $error })
# "Start" was pressed in the notification; $routine is a file, or cli-bundled-routine.
cli-opening = Opening Repcue on { $routine }
cli-bundled-routine = the bundled routine
# $times: "08:00, 18:00"
cli-timer-times-changed = The reminder times changed: the timer now runs at { $times }.
cli-routine-unreadable-hint = open { $file } in Repcue to see what is wrong, or turn reminders on for another routine
cli-cannot-find-program = cannot find the repcue program
cli-cannot-start = cannot start Repcue
cli-reminders-off-removed = Reminders are off, and their timer is removed.
