### routine: problems in a routine file, as the physiotherapist reads them ("file:line:column:
### message", then "help: …" with how to fix it), the plan in words, and problems with the
### pictures and clips a routine points at. Key names of the file (`sets`, [schedule], "5s")
### stay as they are: the file is written with them.

## Reading the file
routine-file-empty = the file is empty
routine-file-empty-hint = a routine needs a [routine] table with a title and at least one [[exercise]] with a name; see docs/routine-format.md
# $detail is the TOML parser's own message, in English.
routine-toml-syntax = TOML syntax: { $detail }
routine-toml-syntax-hint = this is not valid TOML here; compare with the example in docs/routine-format.md
routine-not-utf8 = the file is not UTF-8 text
routine-not-utf8-hint = save the routine as UTF-8 plain text (most editors offer this under "Save as" or "Encoding")
# $file is the file as the user named it; $reason is routine-read-* or what the system said.
routine-cannot-read = { $file }: cannot read the routine: { $reason }
routine-read-not-found = there is no such file; check its name and folder
routine-read-permission = permission denied; ask whoever set up this computer to make the file readable
routine-too-large = { $file }: the file is { $size } KiB; a routine file may be at most 1 MiB (1024 KiB). Is this the right file?
# After all the problems of a file, when there are several.
routine-problem-count = { $file }: { $count ->
    [one] { $count } problem; fix it and check again
   *[other] { $count } problems; fix them and check again
}

## Tables and keys. $key is a key of the file (`sets`), $kind is routine-value-kind.
routine-key-outside-table = `{ $key }` is outside any table
routine-key-outside-table-routine-hint = put it under the [routine] header: [routine] then { $key } = …
routine-key-outside-table-exercise-hint = put it under an [[exercise]] header
routine-routine-not-table = `routine` must be a table, not { $kind }
routine-routine-not-table-hint = write a [routine] header line with title = "…" below it
routine-no-routine-table = the file has no [routine] table
routine-no-routine-table-hint = start the file with [routine] and a line title = "…"
routine-key-belongs-to-exercise = `{ $key }` belongs to an exercise, not to [routine]
routine-key-belongs-to-exercise-hint = move it below an [[exercise]] header
routine-key-belongs-to-routine = `{ $key }` belongs to [routine], not to an exercise
routine-key-belongs-to-routine-hint = move it below the [routine] header
# $language is what the file wrote; $codes the codes Repcue knows ("en", "es").
routine-no-such-language = Repcue has no language "{ $language }"
routine-no-such-language-hint = write one of { $codes }, or leave `language` out to follow the person's language
routine-no-exercises = the routine has no exercises
routine-no-exercises-hint = add at least one [[exercise]] header with a name = "…" line below it
routine-no-exercises-empty-hint = add at least one [[exercise]] with a name
routine-exercise-not-list = `exercise` must be a list of tables
routine-exercise-not-list-hint = write each exercise under its own [[exercise]] header (double brackets)
routine-exercise-not-table = an exercise must be a table, not { $kind }
routine-exercise-not-table-hint = write each exercise under its own [[exercise]] header
routine-key-part-of-tempo = `{ $key }` is part of the tempo
routine-key-part-of-tempo-hint = write it as tempo = {"{"} { $key } = "2s" {"}"}
# Names the exercise table in routine-missing-key: "this [[exercise]] has no `name`".
routine-this-exercise = this [[exercise]]
# Where an unknown key was found, in routine-unknown-key and routine-keys-allowed.
routine-place-top = at the top level
routine-place-routine = in [routine]
routine-place-exercise = in [[exercise]]
routine-place-cues = in cues
routine-place-tempo = in tempo
routine-place-safety = in [safety]
routine-place-schedule = in [schedule]
routine-place-pain = in [pain]
routine-place-stage = in [[exercise.progress]]
# $place is one of routine-place-*.
routine-unknown-key = unknown key `{ $key }` { $place }
routine-did-you-mean = did you mean `{ $key }`?
# $keys lists the keys allowed; $place is one of routine-place-*.
routine-keys-allowed = the keys allowed { $place } are: { $keys }; see docs/routine-format.md for every key, with an example

## Values
# The kind of value the file gave: string, integer, float, boolean, datetime, array or table.
routine-value-kind = { $kind }
# $owner is a table: "[routine]" or routine-this-exercise.
routine-missing-key = { $owner } has no `{ $key }`
routine-missing-key-hint = add a line { $key } = "…"
routine-text-empty = `{ $key }` is empty
routine-text-empty-hint = write a { $key } between the quotes
routine-not-text = `{ $key }` must be text in quotes, not { $kind }
routine-not-text-hint = write { $key } = "…"
routine-not-whole = `{ $key }` must be a whole number
routine-not-whole-kind = `{ $key }` must be a whole number, not { $kind }
routine-whole-hint = write { $key } = a whole number from { $min } to { $max }
routine-out-of-range = `{ $key }` must be between { $min } and { $max }
# What a value must be, in routine-wrong-type.
routine-expected-whole = a whole number from { $min } to { $max }
routine-expected-boolean = true or false (without quotes)
routine-expected-duration = a duration such as 5, 1.5 or "1m30s"
# $expected is one of routine-expected-*; $kind is routine-value-kind.
routine-wrong-type = `{ $key }` must be { $expected }, not { $kind }
# $example is a value as the file would write it.
routine-write-example = write { $key } = { $example }
# $problem is one of routine-duration-*.
routine-key-problem = `{ $key }`: { $problem }
# Examples of values, in routine-write-example.
routine-example-title = "Hip & low back — week 1"
routine-example-name = "Hip bridge"
routine-example-cues = {"{"} up = "Bend forward", down = "Sit up slowly" {"}"}
routine-example-safety = {"{"} phone = "Clinic: 0123 456 789" {"}"}
# Under a problem and its line: how to fix it ($hint).
routine-help = help: { $hint }

## Durations ($text is what the file wrote)
routine-duration-not-finite = a duration must be a finite number of seconds
routine-duration-negative = a duration cannot be negative
routine-duration-too-long = a duration may be at most 1 hour
routine-duration-syntax = `{ $text }` is not a duration
routine-duration-number-hint = write a number of seconds such as 5 or "5s"
routine-duration-too-long-hint = split a longer hold into several reps or sets
routine-duration-syntax-hint = write seconds as a number (5, 1.5) or a string with units h, m (or min) and s, such as "5s", "2m" or "1m30s"

## [schedule]: dates, days and reminder times
routine-date-hint = write { $key } = 2026-12-07 (year-month-day, without quotes)
routine-date-with-time = `{ $key }` must be a date alone, without a time
routine-not-date = `{ $key }` must be a date, not { $kind }
# $text is what the file wrote.
routine-no-such-date = `{ $key }`: "{ $text }" is not a calendar date
routine-days-hint = write days = ["mon", "wed", "fri"]: mon tue wed thu fri sat sun
routine-expected-days = a list of weekdays such as ["mon", "wed"]
routine-days-empty = `days` is an empty list
routine-expected-day-names = weekday names in quotes
# $day is what the file wrote.
routine-day-twice = "{ $day }" is listed twice in `days`
routine-day-twice-hint = list each weekday once
routine-not-a-day = "{ $day }" is not a weekday
routine-expected-times = a list of times such as ["18:00"]
routine-too-many-times = `remind_at` has { $count ->
    [one] { $count } time
   *[other] { $count } times
}, but per_day is { $per_day }
routine-too-many-times-hint = give at most one reminder time per session of the day
routine-expected-time-text = times in quotes, such as "18:00"
routine-not-a-time = "{ $text }" is not a time of day
routine-not-a-time-hint = write a 24-hour time as "HH:MM", such as "08:30" or "18:00"

## cues, [safety], pace and tempo
routine-expected-cues = a table such as {"{"} up = "Bend forward", down = "Sit up slowly" {"}"}
routine-cue-empty = the `{ $key }` cue is empty
routine-cue-empty-hint = write the words to show and say, or remove the line to keep the default
# $count is the cue's length, $max the longest allowed.
routine-cue-too-long = the `{ $key }` cue is { $count ->
    [one] { $count } character
   *[other] { $count } characters
} long (at most { $max })
routine-cue-too-long-hint = a cue is read from two metres away: keep it to a few words
routine-expected-safety = a table: a [safety] header with its lines below
routine-expected-signs = a list of sentences in quotes, such as ["…", "…"]
routine-signs-empty = `{ $key }` is an empty list
routine-signs-empty-hint = list at least one warning sign, or remove the line to use Repcue's own
routine-too-many-signs = `{ $key }` lists { $count } warning signs (at most { $max })
routine-too-many-signs-hint = keep the signs a patient must know; put the rest in the instructions
routine-sign-empty = a `{ $key }` line is empty
routine-sign-empty-hint = write the sentence, or remove it
routine-sign-too-long = a `{ $key }` line is { $count ->
    [one] { $count } character
   *[other] { $count } characters
} long (at most { $max })
routine-sign-too-long-hint = keep each warning sign to one short sentence
# $pace is what the file wrote.
routine-unknown-pace = unknown pace "{ $pace }"
routine-unknown-pace-hint = write pace = "guided" (the app counts each phase) or pace = "self" (the person marks each rep done)
routine-expected-pace = a string: "guided" or "self"
routine-tempo-with-self-pace = `{ $key }` cannot be used with pace = "self"
routine-tempo-with-self-pace-hint = a self-paced rep has no timed phases: remove this line, or remove pace = "self"
routine-expected-tempo = a table such as {"{"} up = "2s", hold = "3s", down = "2s" {"}"}
routine-hold-twice = the hold is given twice: as `hold` and in `tempo`
routine-hold-twice-hint = keep one of them: either hold = … or tempo = {"{"} …, hold = … {"}"}
routine-tempo-zero = every phase of the tempo is 0s, so a rep would take no time
routine-tempo-zero-hint = give up, hold or down a duration, or write pace = "self" so the person marks each rep done

## Limits of each programme week's plan
routine-stage-tempo-zero = from week { $week }, every phase of the tempo is 0s, so a rep would take no time
routine-stage-tempo-zero-hint = give up, hold or down a duration in this stage
# $week is the programme week of the stage that passed the limit, or "none" for week 1's plan.
routine-plan-too-long = { $week ->
    [none] the routine's planned time is { $time }, over the 24-hour limit
   *[other] in week { $week }, the routine's planned time is { $time }, over the 24-hour limit
}
# $name is the exercise's name as written in the routine; $time its planned time.
routine-plan-too-long-hint = the longest exercise is "{ $name }" ({ $time }): lower its sets, reps or durations
routine-too-many-steps = { $week ->
    [none] the routine has { $steps } steps; at most { $max } are allowed
   *[other] in week { $week }, the routine has { $steps } steps; at most { $max } are allowed
}
routine-too-many-steps-hint = lower the sets or reps of the largest exercises

## [schedule], [pain] and [[exercise.progress]]
# $example is routine-expected-schedule, routine-expected-pain or routine-example-stage-tempo.
routine-expected-table = a table: { $example }
routine-expected-schedule = a [schedule] header with start = … below it
routine-expected-pain = a [pain] header with stop_above = 5 below it
routine-example-stage-tempo = {"{"} up = "2s", hold = "5s" {"}"}
routine-no-start = [schedule] has no `start`
routine-no-start-hint = add a line start = 2026-12-07: the first day of week 1
routine-days-and-per-week = [schedule] gives both `days` and `per_week`
routine-days-and-per-week-hint = keep one: days = ["mon", "wed", "fri"] for fixed days, or per_week = 3 for any 3 days a week
routine-start-too-late = `start` is so late that the programme would run past the year 9999
routine-start-too-late-hint = write the real first day of week 1, such as start = 2026-12-07
routine-progress-needs-schedule = `progress` needs a [schedule]: stages start in a programme week
routine-progress-needs-schedule-hint = add a [schedule] table with start = 2026-12-07 (the first day of week 1) and weeks = 6
routine-progress-not-list = `progress` must be a list of tables
routine-progress-not-list-hint = write each stage under its own [[exercise.progress]] header, below its exercise
routine-expected-stage = a table under an [[exercise.progress]] header
# $week is the stage's from_week, $last the week of the stage before it.
routine-stage-out-of-order = `from_week = { $week }` comes after a stage from week { $last }
routine-stage-out-of-order-hint = list an exercise's stages in order of their weeks, each from a later week
routine-stage-cannot-change = a stage cannot change `{ $key }`
# $keys lists the keys a stage may set.
routine-stage-cannot-change-hint = a stage may set: { $keys }; put `{ $key }` on the exercise itself
routine-one-week-stage = `from_week`: the programme lasts 1 week, so no stage can start after it
routine-one-week-stage-hint = make weeks = 2 or more in [schedule], or remove this stage
routine-no-from-week = this stage has no `from_week`
routine-no-from-week-hint = add a line from_week = 3: the programme week the change starts
routine-stage-tempo-self-paced = a stage of a self-paced exercise cannot set `{ $key }`
routine-stage-tempo-self-paced-hint = a self-paced rep has no timed phases: change its sets or reps instead
routine-stage-hold-twice = the hold is given twice in this stage: as `hold` and in `tempo`

## The plan in words, as the overview, the handout and `repcue check` show it:
## "2 sets × 12 reps · up 2s / hold 3s / down 2s · each side"
# Phase words before their duration ("up 2s"), and in routine-change-time ("hold 5s, was 3s").
routine-plan-up = up
routine-plan-hold = hold
routine-plan-down = down
routine-plan-own-pace = at your own pace
# $cue is the exercise's own word for a rep, in lower case.
routine-plan-cue-own-pace = { $cue } at your own pace
routine-plan-each-side = each side
# $left and $right are the exercise's own words for each side, in lower case.
routine-plan-each-side-cues = each side ({ $left }, then { $right })
# $time is a duration as the file writes it ("30s", "1m30s").
routine-plan-rest-reps = rest { $time } between reps
routine-plan-rest-sets = rest { $time } between sets
routine-plan-switch-sides = { $time } to switch sides
# What changed since last week: $now is count-sets or count-reps ("12 reps"), $before a number.
routine-change-count = { $now }, was { $before }
# $name is routine-plan-up/hold/down or routine-change-rest-*/switch-sides; $now and $before are durations.
routine-change-time = { $name } { $now }, was { $before }
routine-change-rest-reps = rest between reps
routine-change-rest-sets = rest between sets
routine-change-switch-sides = switching sides
# A programme's schedule: "6 weeks from Mon 7 Dec 2026 to Sun 17 Jan 2027 · Mon, Wed, Fri · 1 session a day · reminder 18:00".
# $weeks is count-weeks; $start and $last are dates.
routine-plan-weeks = { $weeks } from { $start } to { $last }
routine-plan-no-end = from { $start }, no end date
routine-plan-per-week = { $count ->
    [one] any one day a week
   *[other] any { $count } days a week
}
routine-plan-every-day = every day
# $sessions is count-sessions.
routine-plan-per-day = { $sessions } a day
# $time is "18:00".
routine-plan-reminder = reminder { $time }
# $times lists all reminder times but the last ("08:00, 13:00").
routine-plan-reminders = reminders { $times } and { $last }
# Pain limits, on a 0–10 scale.
routine-plan-pain-limit = do not exercise above { $limit }/10
routine-plan-pain-rise = alert when pain rises by { $rise } or more
# A stage's period of the programme.
routine-period-week = week { $week }
routine-period-weeks = weeks { $first }–{ $last }
routine-period-every-week = every week
routine-period-from-week = from week { $week }

## Pictures and intro clips a routine points at. $file is the file as written in the routine.
# $what in the messages below, at the start of a sentence or after "cannot read".
media-what-picture = picture
media-what-clip = intro clip
# $kinds lists the kinds allowed ("PNG, JPG, JPEG, SVG").
media-not-allowed-kind = { $what } "{ $file }" is not one of { $kinds }; convert it to one of those
media-not-found = { $what } "{ $file }" not found next to the routine; check its name in the routine file
media-outside-folder = { $what } "{ $file }" is outside the routine's folder; copy it into the folder and name it from there
# $kind is one of media-kind-*.
media-not-regular-file = { $what } "{ $file }" is { $kind }, not a regular file; point the routine at the file itself
media-too-large = { $what } "{ $file }" is over 20 MB; use a smaller file
# $reason is media-folder-unreadable or what the system said.
media-unreadable = cannot read { $what } "{ $file }": { $reason }
# $detail is what the system said.
media-folder-unreadable = the routine's folder cannot be opened ({ $detail })
# What a path is when it is not a regular file.
media-kind-folder = a folder
media-kind-pipe = a named pipe
media-kind-socket = a socket
media-kind-device = a device
media-kind-special = a special file
# Why a routine file (or picture, clip) cannot be read: $kind is one of media-kind-*.
media-not-regular = it is { $kind }, not a regular file
media-too-many-pixels = picture "{ $file }" is too large ({ $width } × { $height } pixels); use one under 4000 × 4000
media-too-deep = picture "{ $file }" is nested more than { $limit } elements deep; simplify the drawing or save it as a PNG
# $reason is one of media-svg-* or media-picture-decode-too-large.
media-too-complex = picture "{ $file }" would cost too much to show ({ $reason }); use a simpler drawing or a smaller picture
# $reason is one of media-svg-* or what the image decoder said (in English).
media-undecodable = picture "{ $file }" could not be read as an image ({ $reason }); save it again as PNG, JPEG or SVG
media-decoder-panicked = picture "{ $file }" made the image decoder fail; the file is damaged or not what its name says: save it again as PNG or JPEG
# Names one of Repcue's own drawings where messages name a file.
media-built-in-drawing = built-in drawing
media-picture-decode-too-large = decoding it would take more than { $size } MB
# Why an SVG drawing is refused (inside media-too-complex or media-undecodable).
media-svg-compressed = it is compressed (SVGZ): save it as plain SVG
media-svg-too-many-elements = more than { $max } elements
media-svg-too-many-expanded = more than { $max } elements once its references are expanded
media-svg-self-reference = an element refers back to itself
media-svg-entities-too-large = its XML entities expand to more than 1 MB of text
media-svg-parameter-entities = it declares parameter entities
media-svg-entities-markup = its XML entities contain markup or other entities
# $size is in MB.
media-svg-layers-too-large = its layers and filters would need about { $size } MB at once
media-svg-too-many-nodes = more than { $max } shapes and groups to draw
media-svg-too-slow = drawing it would take too long
# $millions is a whole number of millions of pixels.
media-svg-filter-too-large = a filter covers { $millions } million pixels
media-svg-pattern-too-large = a pattern tile covers { $millions } million pixels
# $detail is what the SVG parser said (in English).
media-svg-invalid = not a valid SVG drawing: { $detail }
media-svg-no-size = the drawing has no size
# An intro clip that cannot be played: $problem is one of media-clip-*, which finish the sentence.
media-clip = intro clip "{ $file }" { $problem }
# $reason is what the sound decoder said (in English).
media-clip-undecodable = cannot be decoded ({ $reason }); save it again as WAV, OGG, FLAC or MP3
media-clip-bad-rate = says its sample rate is { $rate } Hz, which no sound has; save it again at 44.1 or 48 kHz
media-clip-bad-channels = says it has { $count ->
    [one] { $count } channel
   *[other] { $count } channels
}; save it again as mono or stereo
media-clip-too-long = lasts more than 30 seconds (or would decode to more sound than that); trim it to a few seconds
media-clip-silent = has no sound in it; check that it is the right file
media-clip-decoder-panicked = made the sound decoder fail; the file is damaged or not what its name says: save it again as WAV, OGG, FLAC or MP3

# The bundled routine's name in messages ($file: exercises.toml)
routine-bundled-name = { $file } (bundled)
