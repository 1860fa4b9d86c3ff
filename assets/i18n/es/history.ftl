### history

## La pantalla Historial
history-title = Historial
# El botón de la barra superior que abre Ajustes.
history-settings-button = Ajustes
history-dismiss = Descartar
history-opening = Abriendo el historial…
history-days-active = Días con actividad: { $week } de los últimos 7 · { $month } de los últimos 30

## El periodo que cubren la lista, los gráficos y las exportaciones
history-period-days = { $days ->
    [one] Último día
   *[other] Últimos { $days } días
}
history-period-year = Últimos 12 meses
history-period-all = Todas las sesiones
history-period-hint = Qué sesiones cubren la lista, los gráficos y las exportaciones

# Los totales del periodo. $sessions ya es "3 sesiones", $minutes "42 min";
# $before y $after son la media del dolor (o "–").
history-totals = { $sessions } · { $minutes } · { $completed ->
    [one] { $completed } completada
   *[other] { $completed } completadas
} · { $stopped ->
    [one] { $stopped } parada por dolor
   *[other] { $stopped } paradas por dolor
} · { $done } de { $planned ->
    [one] { $planned } repetición
   *[other] { $planned } repeticiones
} · dolor medio { $before } antes, { $after } después

## Exportaciones
# $period: "Últimos 30 días".
history-export-heading = Exportar para tu fisioterapeuta ({ $period })
history-export-csv = Exportar CSV
history-export-report = Exportar informe
history-export-hint = Guardar el archivo ahora
history-export-choose = Elegir…
# Nombres accesibles de los campos de ruta junto a los botones de exportar.
history-export-csv-file = Exportar CSV a este archivo
history-export-report-file = Exportar informe a este archivo

## La lista de sesiones
history-no-sessions = Aún no hay sesiones en este periodo. Las sesiones terminadas aparecen aquí.
# Se añade a la línea de una sesión, tras " · ".
history-row-pain-alert = alerta de dolor
history-row-above-limit = empezada por encima del límite de dolor
history-show-session = Ver esta sesión

## La parte de un programa
# $title: el título de la rutina; $start: "lun 7 dic 2026".
history-programme-from = { $title } · desde el { $start }
# $words: "dolor 2 antes, 6 después · Cadera · punzante".
history-pain-alert = Alerta de dolor: { $words }
# $date: "lun 7 dic"; $week: la semana del programa.
history-pain-alert-week = Alerta de dolor: { $words } · { $date } (semana { $week })
history-more-alerts = { $count ->
    [one] … y { $count } alerta de dolor más en la lista de abajo
   *[other] … y { $count } alertas de dolor más en la lista de abajo
}
# Puntuaciones de dolor sobre 10 (o "–").
history-alert-pain = dolor { $before } antes, { $after } después

## Una sesión en detalle
history-back-to-list = Todas las sesiones
history-detail-ended = Cómo terminó
history-detail-stopped-during = Terminada durante
history-detail-done = Hecho
history-detail-time = Tiempo
# $total y $active: "12 min".
history-detail-time-value = { $total } ({ $active } de ejercicio)
history-detail-paused = Pausas
# $duration: "3 min".
history-detail-paused-value = { $count ->
    [one] { $count } vez, { $duration }
   *[other] { $count } veces, { $duration }
}
history-detail-skipped = Pasos saltados
history-detail-pain = Dolor (0–10)
history-detail-pain-alert = Alerta de dolor
history-detail-programme-week = Semana del programa
# $date: "lun 7 dic 2026".
history-detail-week-value = semana { $week } · { $date }
history-detail-pain-check = Control del dolor
history-detail-started-above = empezó de todos modos, por encima del límite de dolor
history-detail-where = Dónde dolía
history-detail-note = Nota
history-detail-routine-file = Archivo de la rutina
history-detail-routine-hash = SHA-256 de la rutina

## Gráficos
chart-programme-weeks = Previstas y hechas por semana del programa
chart-planned = Previstas
chart-done = Hechas
chart-sessions-per-week = Sesiones por semana
chart-sessions = Sesiones
chart-minutes-per-week = Minutos por semana
chart-minutes = Minutos
chart-pain = Dolor antes y después (0–10)
chart-before = Antes
chart-after = Después
# Bajo una barra del gráfico del programa.
chart-week = semana { $week }
# Lo que dice un lector de pantalla de un gráfico; $title: "Sesiones por semana".
chart-accessible = Gráfico: { $title }
