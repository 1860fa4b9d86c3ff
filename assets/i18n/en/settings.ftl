### settings

## The Settings screen
settings-title = Settings
# The button in the top bar that opens History.
settings-history-button = History
# Title of a box about a problem found in the settings file.
settings-file-problem = Settings file
settings-section-sound = Sound
settings-countdown = Get-ready countdown: "three, two, one" (ticks with beeps) before each exercise, rest and side switch
settings-section-display = Display
settings-theme = Theme:
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
# $percent: "100".
settings-text-size = Text size: { $percent } %
settings-text-smaller = Smaller text
settings-text-larger = Larger text
settings-text-normal = Normal text size
settings-section-language = Language
# The language choice that follows the computer's language.
settings-language-system = System
settings-section-sessions = Sessions
settings-pain-check = Ask "How is your pain right now?" before each session
settings-section-reminders = Reminders
settings-section-about = About
# $version: "1.4.0".
settings-about = Repcue { $version } — works offline, keeps everything on this computer.
settings-file = Settings file
settings-history-folder = History folder
# $variable: the environment variable REPCUE_HOME. FOLDER stands for a folder's path.
settings-home-hint = Start Repcue with --home FOLDER (or set { $variable }) to keep everything in another folder, for example on a USB stick.
settings-no-home = This system has no home folder: settings and history are not kept.

## The Reminders section
settings-reminders-enable = Remind me when it is time for my exercises
settings-reminders-explain = A desktop notification with a Start button, even when Repcue is closed. None when the day's sessions are done, or after a session stopped because something hurt.
# $routine: the routine's title (or where it comes from).
settings-reminders-for-other = Reminders are for { $routine }.
settings-reminders-switch = Remind me of { $routine } instead
settings-reminders-for = For: { $routine }
# $schedule: the programme's days in words.
settings-reminders-programme-days = On your programme's days: { $schedule }
settings-reminders-every-day = Every day.
settings-reminders-applying = Setting the reminder…
settings-reminders-none-coming = No reminder is coming: the programme has ended.
# $times: "08:00 and 18:00".
settings-reminders-routine-times = At the routine's times: { $times }
settings-reminders-own-time = At a time I choose:
settings-reminders-time = Reminder time
settings-reminders-time-hint = Every quarter of an hour
# The end of a list: $rest is "08:00, 12:00", $last "18:00".
settings-list-and = { $rest } and { $last }

## Messages about the files Repcue keeps
# $reason: the system's error.
store-settings-not-saved = Your settings could not be saved ({ $reason }); they apply until Repcue closes.
store-recent-not-saved = The list of recent routines could not be saved ({ $reason }).
store-save-unexpected = Repcue hit a problem it did not expect while saving a settings file.
store-too-many-copies = too many unreadable copies of this file
# $path: the journal file.
store-journal-exists = { $path } already exists
# Why a history line is not used; $started and $ended are timestamps.
store-dates-impossible = the session's dates ({ $started } to { $ended }) are not between 1970 and 2200
store-ends-before-start = the session ends ({ $ended }) more than a day before it starts ({ $started })
# $lines: unreadable lines; $line: the first one; $why: the error; $aside: where the file went;
# $sessions: sessions kept.
store-history-part-unreadable = Part of the history could not be read ({ $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
}, the first at line { $line }: { $why }). The whole file was moved to { $aside } and nothing was deleted; { $sessions ->
    [one] the { $sessions } session that could be read is kept.
   *[other] the { $sessions } sessions that could be read are kept.
}
# $folder: the journals' folder.
store-journals-not-recovered = Sessions that stopped when Repcue closed unexpectedly could not all be added to the history ({ $reason }); their journals in { $folder } are kept and are tried again next time.
store-sessions-recovered = { $count ->
    [one] { $count } session stopped when Repcue closed unexpectedly; what was done up to then is in the history, marked "interrupted".
   *[other] { $count } sessions stopped when Repcue closed unexpectedly; what was done up to then is in the history, marked "interrupted".
}
store-history-cannot-open = Cannot open the history in { $folder }: { $reason }. Nothing was deleted; new sessions are still recorded there if it can be written.
# A session's reps: "34 of 36 reps".
store-completion-reps = { $done } of { $planned } reps
# For routines without reps: "4 of 6 holds".
store-completion-holds = { $done } of { $planned } holds

## Problems in the settings file
# $problem: the TOML reader's own words.
store-settings-line-skipped = { $problem }; this line is passed over
# $key: a setting's name in the file; $expected: one of the store-expected- messages.
store-settings-bad-value = `{ $key }` must be { $expected }; the default is used
store-expected-volume = a number from 0.0 to 1.0
store-expected-text-size = a number from 0.5 to 3.0
# The quoted words are values in the file: keep them as they are.
store-expected-sound-mode = "voice" or "beeps"
store-expected-theme = "system", "light" or "dark"
store-expected-language = "system", "english" or "spanish"
store-expected-boolean = true or false
store-settings-cannot-read = Cannot read { $file }: { $reason }. The default settings are used until it can be.
# $copy: where the copy is.
store-settings-damaged = Part of the settings file could not be read; the other settings are used. A copy of the file as it was is kept at { $copy }.
store-settings-damaged-no-copy = Part of the settings file could not be read ({ $reason }).

## The history's recorder
store-no-journal = This session's steps cannot be written as it goes (cannot create its journal in { $folder }: { $why }); it is added to the history when it ends.
store-note-not-saved = Cannot save the note about the session: { $why }
store-writing-panicked = Repcue hit a problem it did not expect while writing the history ({ $why }); what was written before is kept, and recording goes on.
store-journal-not-written = Cannot write the session's journal { $file }: { $why }
store-not-added = Cannot add the session to the history: { $why }. Its journal is kept and it will be added the next time Repcue starts.
store-opening-panicked = Repcue hit a problem it did not expect while opening the history in { $folder } ({ $why }). Nothing was deleted; new sessions are still recorded there.
