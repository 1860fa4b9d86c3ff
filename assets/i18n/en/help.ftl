### The command line's help (`repcue --help`, `repcue COMMAND --help`).

clap-usage = Usage:
clap-heading-commands = Commands
clap-heading-arguments = Arguments
clap-heading-options = Options
clap-help = Print help
clap-version = Print version

clap-about = Guides a person through a home physiotherapy routine, hands-free, with clear visuals and cues on the beat.
clap-routine = The routine file to open (default: the bundled exercises.toml)
clap-start = Go straight into the session instead of the overview
clap-home = Keep settings and history in this folder instead of the platform's (also $REPCUE_HOME)
clap-lang = Words on screen, spoken and printed in this language: en or es (default: as chosen in Settings, else the system's)

clap-check-about = Check a routine file and print its plan
clap-check-routine = The routine file
clap-check-json = Print the plan as one JSON object instead of words
clap-check-week = Print only this programme week's plan (the routine needs a [schedule])
clap-check-on = Print only the plan of the programme week this day falls in (YYYY-MM-DD)

clap-history-about = Print the recorded sessions, newest first, one line each
clap-history-since = Only sessions on or after this day (YYYY-MM-DD)

clap-export-about = Write the sessions as CSV and/or the printable report, for the physiotherapist
clap-export-csv = Write one row per session, one per exercise and one per programme week to FILE
clap-export-html = Write the one-page printable report (HTML) to FILE
clap-export-since = Only sessions on or after this day (YYYY-MM-DD)

clap-handout-about = Write a routine as a printable page for the patient: exercises, schedule, warning signs and a grid to tick
clap-handout-routine = The routine file
clap-handout-html = Write the page (self-contained HTML) to FILE

clap-remind-about = Check once whether a session is due and, if so, show a desktop notification with a "Start" button (what the reminder timer runs; reminders are set in Settings)
clap-remind-dry-run = Print what would be shown instead of showing it
clap-remind-off = Turn reminders off and remove their timer

clap-schema-about = Print the JSON Schema of the routine format, for editors

clap-new-about = Write a commented starting routine, and the schema next to it
clap-new-routine = The routine file to create (never written over)

## Placeholders for an option's value (`--home <FOLDER>`)
clap-value-routine = ROUTINE
clap-value-folder = FOLDER
clap-value-lang = LANG
clap-value-n = N
clap-value-date = DATE
clap-value-file = FILE

## Answers before the window opens
cli-no-such-language = Repcue has no language "{ $name }"; use one of: { $codes }
app-cannot-open-window = cannot open the window: { $why }
