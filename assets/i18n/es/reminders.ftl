### reminders: la notificación del escritorio, por qué no se muestra, el temporizador y sus archivos.

## La notificación
reminder-summary = Es hora de tus ejercicios
reminder-body-week-of = { $title }, semana { $week } de { $weeks }
reminder-body-week = { $title }, semana { $week }
reminder-body-sessions-today = { $body } · { $done } de { $per_day } sesiones hechas hoy
reminder-routine-unreadable = Repcue no puede abrir tu archivo de rutina: abre Repcue para elegirlo de nuevo.
reminder-action-start = Empezar
reminder-action-open = Abrir Repcue

## Por qué no se muestra un recordatorio ("Nada que recordar: …")
reminder-quiet-not-started = el programa empieza el { $date }
reminder-quiet-ended = el programa terminó el { $date }
reminder-quiet-not-session-day = hoy no es uno de los días del programa
reminder-quiet-week-done = las sesiones de esta semana ya están hechas
reminder-quiet-too-early = el recordatorio de hoy es a las { $time }
reminder-quiet-day-done = { $per_day ->
    [one] la sesión de hoy está hecha
   *[other] las { $per_day } sesiones de hoy están hechas
}
reminder-quiet-some-done = { $done } de las { $per_day } sesiones de hoy hechas; a esta hora ya { $due ->
    [one] tocaba { $due }
   *[other] tocaban { $due }
}
reminder-quiet-stopped-for-pain = hoy paraste una sesión porque algo dolía; descansa y habla con tu fisioterapeuta si el dolor continúa
reminder-quiet-already-shown = este recordatorio ya se mostró

## Errores
reminder-no-notifications = no se pudo contactar con el servicio de notificaciones del escritorio ({ $reason }); los recordatorios necesitan una sesión de escritorio que muestre notificaciones
reminder-no-service = no hay servicio { $name } después de { $seconds } s
reminder-notifications-unsupported = las notificaciones del escritorio solo están disponibles en escritorios Linux y BSD
reminder-no-systemd = No se pueden activar recordatorios en este equipo: necesitan el servicio de temporizadores del escritorio (una sesión de usuario de systemd), que no tiene ({ $reason }).
reminder-timer-not-written = No se pudo escribir el temporizador de recordatorios en { $folder } ({ $reason }).
reminder-systemctl-failed = systemctl --user { $action } falló: { $reason }
reminder-systemctl-no-answer = sin respuesta en { $seconds } s
reminder-cannot-read = no se puede leer { $file }
reminder-file-invalid = { $problem }
    (desactiva y vuelve a activar los recordatorios en Ajustes para escribir este archivo de nuevo)
reminder-file-too-large = ocupa más de { $kib } KiB, demasiado para un archivo de recordatorios
reminder-time-format = `time` debe ser "HH:MM", no { $text }

## Archivos que Repcue escribe para los recordatorios
reminder-settings-file-comment = # Recordatorios de Repcue. Escrito por la aplicación (Ajustes, Recordatorios).
reminder-unit-file-comment = # Escrito por Repcue (Ajustes, Recordatorios); se borra al desactivar los recordatorios.
reminder-service-description = Repcue: avísame cuando sea hora de mis ejercicios
reminder-service-timeout-comment = # Espera como mucho dos horas a que se pulse «Empezar» (luego quita la notificación).
reminder-service-kill-mode-comment = # «Empezar» en la notificación abre Repcue: debe seguir vivo después de esta comprobación.
reminder-timer-description = Recordatorios de ejercicios de Repcue
