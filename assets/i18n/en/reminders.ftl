### reminders: the desktop notification, why none is shown, the reminder timer and its files.

## The notification
reminder-summary = Time for your exercises
# The notification's text without a programme is the routine's title alone.
# With a programme: "Hip & low back, week 3 of 6".
reminder-body-week-of = { $title }, week { $week } of { $weeks }
# A programme with no end: "Hip & low back, week 3".
reminder-body-week = { $title }, week { $week }
# More than one session a day: "Hip & low back, week 3 of 6 · 1 of 2 sessions done today".
reminder-body-sessions-today = { $body } · { $done } of { $per_day } sessions done today
# Shown instead when the routine file cannot be read.
reminder-routine-unreadable = Repcue cannot open your routine file: open Repcue to choose it again.
# The notification's buttons.
reminder-action-start = Start
reminder-action-open = Open Repcue

## Why no reminder is shown ("Nothing to remind of: …"); $date is a day ("Mon 7 Dec 2026")
reminder-quiet-not-started = the programme starts on { $date }
reminder-quiet-ended = the programme ended on { $date }
reminder-quiet-not-session-day = today is not one of the programme's days
reminder-quiet-week-done = this week's sessions are all done
# $time: "18:00"
reminder-quiet-too-early = today's reminder is at { $time }
reminder-quiet-day-done = { $per_day ->
    [one] today's session is done
   *[other] today's { $per_day } sessions are done
}
# Several sessions a day, not all done: "1 of today's 3 sessions done, 2 due by now".
reminder-quiet-some-done = { $done } of today's { $per_day } sessions done, { $due } due by now
reminder-quiet-stopped-for-pain = a session today was stopped because something hurt; rest, and contact your physiotherapist if the pain stays
reminder-quiet-already-shown = this reminder was already shown

## Errors
# $reason is what the system said.
reminder-no-notifications = the desktop's notification service could not be reached ({ $reason }); reminders need a desktop session that shows notifications
# $name is the D-Bus name of the notification service.
reminder-no-service = no { $name } service after { $seconds } s
reminder-notifications-unsupported = desktop notifications are only built for Linux and BSD desktops
reminder-no-systemd = Reminders cannot be set on this computer: they need the desktop's timer service (a systemd user session), which it does not have ({ $reason }).
reminder-timer-not-written = The reminder timer could not be written in { $folder } ({ $reason }).
# $action is the systemctl command, e.g. "enable repcue-remind.timer".
reminder-systemctl-failed = systemctl --user { $action } failed: { $reason }
reminder-systemctl-no-answer = no answer within { $seconds } s
reminder-cannot-read = cannot read { $file }
# After where and what is wrong in reminders.toml.
reminder-file-invalid = { $problem }
    (turn reminders off and on again in Settings to write this file anew)
reminder-file-too-large = it is larger than { $kib } KiB, which no reminder file is
reminder-time-format = `time` must be "HH:MM", not { $text }

## Files Repcue writes for reminders (comments and systemd unit descriptions)
reminder-settings-file-comment = # Repcue reminders. Written by the app (Settings, Reminders).
reminder-unit-file-comment = # Written by Repcue (Settings, Reminders); removed when reminders are turned off.
# Shown by systemctl and in the system log when the check runs.
reminder-service-description = Repcue: remind me when it is time for my exercises
reminder-service-timeout-comment = # It waits for "Start" at most two hours (then takes the notification away).
reminder-service-kill-mode-comment = # "Start" in the notification opens Repcue: it must outlive this check.
reminder-timer-description = Repcue exercise reminders
