### player: the session player, the pain check before a session, the widgets the screens share,
### the safety texts, the words of the plan's steps, and how a session's end is told.

## Top bar of the player

# Where the session is: "Exercise 2 of 5"
player-place = Exercise { $index } of { $count }
# The same with the time left in the session: "Exercise 2 of 5 · 12:30 left"
player-place-left = Exercise { $index } of { $count } · { $left } left
player-sound-on = Sound on
player-sound-off = Sound off
# No speaker could be opened
player-no-sound = No sound
player-no-sound-hint = Follow the screen; sound comes back when a speaker is found.

## Controls of the player

# The big red button, always shown: the patient stops because something hurts
player-stop-hurts = Stop — this hurts
player-pause = Pause
player-resume = Resume
# Go back one step
player-previous = Previous
# Skip to the next step
player-next-button = Next
player-restart-exercise = Restart exercise
player-end-session = End session

## The main area of the player

# The phase word while paused (shown in capitals, instead of UP, HOLD…)
player-paused-word = PAUSED
player-paused-line = Paused — press Space to resume
# Accessible name of the countdown digits
player-seconds-left = { $count ->
    [one] { $count } second left
   *[other] { $count } seconds left
}
# The button of a rep done at the patient's own pace
player-rep-done = Rep done
player-rep-done-hint = Press when you have finished this rep (Enter)
# Counters under the countdown, joined with " · "
player-rep-of = Rep { $rep } of { $count }
player-set-of = Set { $set } of { $count }
# Before an exercise done on each side; $side: the words for the first side ("Left side")
player-get-into-position-side = Get into position: { $side }
player-get-into-position = Get into position
# Under the countdown of a rest
player-breathe = Breathe and relax
# During the get-ready or the rest before an exercise; $name: the exercise's name
player-up-next = Up next: { $name }
# What comes after this step; $what: an exercise's name, or a phase word in capitals with its
# length ("REST 30s", "UP 3s · rep 2")
player-next = Next: { $what }
player-next-exercise = Next: the next exercise
# Added to the next phase: which rep it starts
player-next-rep = rep { $rep }
# There is no step after this one
player-last-step = Last step
# Heading of the exercise's caution box
player-caution = Caution

## The pain check before a session

player-pain-question = How is your pain right now?
player-dont-start = Don't start today
player-start-anyway = Start anyway
player-start-session = Start session
player-skip = Skip
player-skip-hint = Start without recording pain
player-dont-exercise-title = Please don't exercise today
# Pain above the physiotherapist's limit; $score and $limit: 0 to 10
player-pain-over-limit = Your pain is { $score } of 10. Your physiotherapist asked you not to exercise when your pain is above { $limit } of 10. Rest in a comfortable position and contact your physiotherapist for advice.
player-pain-high = Pain this strong is a reason to rest, not to exercise. Rest in a comfortable position and ask your physiotherapist or doctor for advice, today if you can.
player-before-you-start = Before you start
player-before-you-start-text = If the pain is much worse than usual, or you notice any of the warning signs below, do not start: rest and ask for advice.

## Widgets shared by the screens

# A fold with technical details (file paths, error messages)
player-details = Details for your physiotherapist
# Accessible name of a button of the pain picker
player-pain-score = Pain { $score } of 10
# Under the pain picker; $meaning: one of player-pain-* below
player-pain-scale = 0 = no pain, 10 = worst imaginable · now: { $meaning }
player-pain-not-recorded = not recorded
player-pain-none = no pain
player-pain-mild = mild
player-pain-moderate = moderate
player-pain-severe = severe
player-help = Help
player-help-hint = Keyboard shortcuts (F1)
player-full-screen = Full screen
player-leave-full-screen = Leave full screen
player-sound-on-key = Sound on (M)
# Sound mode: words spoken, or only beeps
player-spoken-words = Spoken words
player-beeps-only = Beeps only
player-volume = Volume
# Done against prescribed in the exercise table: "8 of 10"
player-done-of = { $done } of { $planned }
# Column headings of the exercise table
player-column-exercise = Exercise
player-column-sets = Sets
player-column-reps = Reps
player-column-holds = Holds
player-column-skipped = Skipped
player-column-time = Time
player-back = Back

## Safety texts

# On the overview, above the Start button
safety-notice = Follow your physiotherapist's guidance and do each exercise the way you were shown. Move slowly and keep breathing. If an exercise hurts, stop at once: press "Stop — this hurts".
# After the patient pressed "Stop — this hurts"
safety-after-pain = You did the right thing by stopping. Rest in a comfortable position. Tell your physiotherapist what happened.
safety-urgent-heading = Get urgent help now — call emergency services or go to an emergency department — if you have:
# Signs of a problem with the nerves at the base of the spine (cauda equina): help is needed at once
safety-urgent-bladder = You cannot control your bladder or bowels, or cannot pass urine
safety-urgent-saddle = Numbness between your legs, around your bottom or genitals (the saddle area)
safety-urgent-weakness = Sudden weakness in both legs, or your legs giving way
safety-urgent-fever = Back pain with a high temperature, or after a fall or accident
safety-contact-heading = Contact your physiotherapist or doctor if you notice:
# Signs to see a professional about soon
safety-contact-pain = Pain that does not settle, or gets worse, even when you rest
safety-contact-numbness = Numbness or tingling in one leg, buttock or foot
safety-contact-weakness = Weakness you can't explain
safety-contact-walking = Trouble walking or standing

## The words of the plan's steps (shown in capitals on the player)

step-get-ready = Get ready
step-up = Up
step-hold = Hold
step-down = Down
# A rep at the patient's own pace
step-your-pace = Your pace
step-rest = Rest
step-switch-sides = Switch sides
step-left-side = Left side
step-right-side = Right side

## How a session ended (history, reports)

session-ending-completed = completed
# The end of the plan was reached, but steps were skipped
session-ending-finished-with-skips = finished with skips
session-ending-ended-early = ended early
session-ending-stopped-for-pain = stopped for pain
# The app closed during the session
session-ending-interrupted = interrupted

## Where a session was ended early, joined with ", ": "Clamshell, set 1, right side, rep 7"

# Stopped in the rest or get-ready after an exercise; $name: the exercise's name
session-stopped-after = { $name }, in the rest after it
session-stopped-set = set { $set }
session-stopped-rep = rep { $rep }
session-stopped-getting-ready = getting ready
session-stopped-switching-sides = switching sides
session-stopped-resting-before-rep = resting before rep { $rep }
session-stopped-resting-before-set = resting before set { $set }
session-stopped-resting = resting

## Whether the session is in the history yet (summary)

session-saving = Saving to your history…
session-saved = Saved in your history.
session-not-kept = Not saved: this system has no home folder.
# $why: the reason from the system, not translated
session-not-saved = Not saved: { $why }
