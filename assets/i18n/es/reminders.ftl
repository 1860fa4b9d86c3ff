### reminders
