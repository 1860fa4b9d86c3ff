### screens: the overview, the dialogs, the session summary, the programme, and the app's
### own messages (notices, file dialogs, background problems).

## Overview

# The routine's planned length, at the bottom next to Start
overview-total = Total { $duration }
# The same, when some exercises go at the patient's own pace (not timed)
overview-total-self-paced = Total { $duration } + your own pace
overview-start = Start
# Title of the box about problems with the history file
overview-history-notice-title = Your history
overview-open-history = Open History
overview-checking = Checking the routine…
overview-print-handout = Print handout
overview-print-handout-hint = A page to print for the fridge: the exercises, the schedule, the warning signs and a grid to tick
overview-safety = Safety
overview-warning-signs = Warning signs: when to get help
overview-settings = Settings
overview-history = History
overview-history-hint = Past sessions, charts and the report for your physiotherapist
overview-open-routine = Open routine…
overview-open-routine-hint = Choose a routine file
# Under the routine's title: who wrote it
overview-author = by { $author }
# An exercise's planned length when its reps go at the patient's own pace
overview-time-self-paced = { $duration } + your pace
# $changes: what changed since last week's plan, already in words ("12 reps · 3 sets")
overview-new-this-week = New this week: { $changes }
# $caution: the physiotherapist's own words
overview-caution = Caution: { $caution }
# Also on the player. $message says why.
overview-picture-not-shown = Picture not shown: { $message }
# An exercise's recorded introduction could not be played; $problem says why
overview-intro-clip-not-played = Intro clip not played: { $problem }
overview-load-failed = This routine could not be opened; the current one stays loaded.
overview-dismiss = Dismiss
overview-sound = Sound
overview-open-another = Open another routine
overview-open-help = Drop a .toml routine file on this window, choose one, or type its path.
overview-path-hint = Path to a routine file (.toml)
# Accessible name of the path field
overview-path-label = Routine file path
overview-open = Open
overview-recent = Recently opened
# Accessible name of a link in the recent list; $name is the file's name
overview-open-recent = Open recent routine { $name }

## Dialogs: ending a session, keyboard help

dialog-end-title = End the session?
dialog-end-body = What you have done so far is kept in the summary.
dialog-end-now = End session now
dialog-keep-going = Keep going
dialog-help-title = Keyboard shortcuts
dialog-help-body = You can follow the whole routine without touching anything: the screen and the sound lead you.
dialog-close = Close
# Key names in the keyboard help
dialog-key-space = Space
dialog-key-right = Right arrow
dialog-key-left = Left arrow
dialog-key-enter = Enter
dialog-key-help = F1  or  ?
# What each key does, in the keyboard help
dialog-action-pause = Pause / resume
dialog-action-next = Next step
dialog-action-previous = Previous step
dialog-action-rep-done = Rep done (self-paced reps)
dialog-action-end = End the session (asks first)
dialog-action-fullscreen = Full screen on / off
dialog-action-sound = Sound on / off
dialog-action-text-size = Larger / smaller text
dialog-action-text-normal = Normal text size
dialog-action-history = History (not during a session)
dialog-action-settings = Settings (not during a session)
dialog-action-help = This help

## Summary after a session

summary-back = Back to overview
summary-history = History
summary-completed = Well done — session complete
summary-finished-with-skips = Finished with skips — partly done
summary-ended-early = Session ended early
summary-stopped-for-pain = You stopped because it hurt
summary-skips-explained = Most of the session was skipped, so it is kept as partly done. Tell your physiotherapist if an exercise was too hard.
# $step: the step the session stopped on, already in words
summary-stopped-during = Stopped during: { $step }
# $name: the exercise's name as the routine writes it
summary-dont-repeat = Don't do the { $name } again until you have talked to your physiotherapist.
summary-exercise-caution = This exercise's caution
summary-pain-strength = How strong is the pain now?
summary-pain-now = How is your pain now?
summary-note-title = Note for your physiotherapist
summary-note-hint = How did it go? Anything that felt hard or easy?
# Accessible name of the note field
summary-note = Note
summary-pain-before = Pain before the session: { $pain } of 10
summary-pain-alert-title = Pain alert
# Why the pain alert shows ($why of summary-pain-alert)
summary-pain-above-limit = above the limit of { $limit } your physiotherapist set
summary-pain-rise = up from { $before } before the session
summary-pain-above-limit-and-rise = above the limit of { $limit } your physiotherapist set and up from { $before } before the session
# $after: the pain score now (0 to 10); $why: one of the three messages above
summary-pain-alert = Your pain is { $after } of 10, { $why }. Rest, don't exercise any more today, and tell your physiotherapist: this session is marked for them. If the pain does not settle with rest, or you notice any of the warning signs, get advice today.
summary-where = Where does it hurt?
summary-where-hint = Or describe where
# Accessible name of the "where it hurts" field
summary-where-label = Where it hurts
# Places to pick for where it hurts (kept in the history as picked)
summary-place-lower-back = Lower back
summary-place-hip = Hip
summary-place-buttock = Buttock
summary-place-leg = Leg
summary-place-knee = Knee
# The totals table
summary-time = Time
# $elapsed: the whole session; $active: time spent exercising
summary-time-value = { $elapsed } ({ $active } active)
summary-reps-done = Reps done
summary-holds-done = Holds done
# "8 of 10" reps or holds done
summary-done-of = { $done } of { $total }
summary-steps-skipped = Steps skipped
summary-paused = Paused

## Programme: where the patient stands, on the overview

# $date: "Wed 23 Dec"
programme-starts = Your programme starts on { $date }
programme-not-started-help = You can already do a session: it follows week 1's plan.
programme-ended = Your programme ended on { $date } — ask your physiotherapist for the next one
programme-ended-help = The last week's plan stays here for you to use.
# A programme with no set number of weeks
programme-week = Week { $week } · { $date }
programme-week-of = Week { $week } of { $weeks } · { $date }
programme-week-all-done = This week's sessions are all done
programme-today-due-any-day = Today: a session is due (any day this week)
programme-today-done-count = Today: { $done } done
programme-today-due = Today's session: due
programme-today-done = Today's session: done
# More than one session a day
programme-today-all-done = Today: all { $count } sessions done
programme-today-some-done = Today: { $done } of { $count } done
programme-none-today = No session planned today
programme-none-today-next = No session planned today · next: { $date }
programme-week-count = { $done } of { $planned } done this week
programme-week-count-partly = { $done } of { $planned } done this week, { $partly } partly
# Short marks under a day in the week's strip (a box about 5 letters wide)
programme-mark-done = done
programme-mark-partly = part
programme-mark-missed = missed
# What a screen reader says of a day in the strip: "Wed 23 Dec, today: session day, done".
# $today and $planned: yes or no; $status: done, partly, missed or none
programme-day-words = { $today ->
    [yes] { $date }, today
   *[no] { $date }
}: { $planned ->
    [yes] session day
   *[no] no session planned
}{ $status ->
    [done] , done
    [partly] , partly done
    [missed] , missed
   *[none] {""}
}
# In History and the report
programme-adherence-none = Adherence: no planned session has fallen due yet
programme-adherence = Adherence: { $done } of { $due } planned { $due ->
    [one] session
   *[other] sessions
} done ({ $percent } %)
programme-adherence-partly = Adherence: { $done } of { $due } planned { $due ->
    [one] session
   *[other] sessions
} done ({ $percent } %), { $partly } partly done

## The app's own messages

app-not-during-session = Finish or end the session before opening another routine.
# $path: a file the person opened while a session ran
app-not-opened-during-session = { $path } was not opened because a session was running.
app-speech-unavailable = This routine's own words (its cue words, and the names of exercises Repcue has no recording of) are shown on screen but not spoken: a tone marks their beat. To hear them, install espeak-ng (on Debian or Ubuntu: sudo apt install espeak-ng), then start Repcue again.
app-no-sound = No sound: no speaker or headphones could be used. Follow the screen; sound comes back by itself when a speaker is available.
app-drop-hint = Drop a routine file (.toml) to open it
app-not-a-routine = { $path } is not a routine file (.toml).
# Where the routine on screen came from, when it is the one built into Repcue (also kept in the history)
app-bundled-routine = bundled routine
# The picture placeholder's reason ("Picture not shown: …")
app-bundled-no-pictures = the bundled routine has no picture folder
# A file being written (an export or the handout)
app-writing = Writing { $path }…
app-export-saved = Saved { $path }
app-history-still-opening = The history is still being opened.
# "Choose…" is the button next to the file path on the History screen
app-export-no-path = Type where to save the file, or press Choose….
app-handout-saved = Handout saved: { $path }. Open it in your web browser and print it.
app-reminders-no-home = This system has no home folder, so reminders cannot be kept.
app-reminders-no-systemd = no systemd on this system
# $error: the system's own words
app-reminders-not-saved = Your reminder settings could not be saved ({ $error }).
# $day: "Mon 7 Dec 2026"; $time: "08:00"
app-next-reminder = Next reminder: { $day } at { $time }
# Who the reminders are for ("Reminders are for the bundled routine.")
app-reminders-for-bundled = the bundled routine
# A background job failed in a way nobody planned for
app-unexpected-routine = Repcue hit a problem it did not expect while reading it; the file may be damaged
app-unexpected-picture = Repcue hit a problem it did not expect while reading this picture; the file may be damaged
app-unexpected-reminders = Repcue hit a problem it did not expect while setting the reminders; they may be off
# The desktop's file dialogs
app-dialog-open-routine = Open a routine
app-dialog-routine-filter = Routine (TOML)
app-dialog-export-csv = Export sessions as CSV
app-dialog-save-report = Save the report for your physiotherapist
app-dialog-html-filter = Web page (HTML)
