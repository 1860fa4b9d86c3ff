### report: el informe para el fisioterapeuta (una página para imprimir), la exportación CSV y la
### hoja de ejercicios que se lleva el paciente.

## Periodos de días
# Con los dos extremos: «lun 1 nov 2026 – jue 26 nov 2026»
report-period-between = { $since } – { $until }
report-period-since = desde el { $date }
report-period-until = hasta el { $date }
report-period-all = todas las sesiones

## Por qué no se guardó una exportación ($reason: lo que dijo el sistema, tal cual)
report-error-csv = No se pudo crear el CSV ({ $reason }).
report-error-write = No se pudo guardar { $file } ({ $reason }); elige otro lugar o comprueba que haya espacio.
report-error-unexpected = Repcue tuvo un problema inesperado al crear { $file }; no se guardó nada.

## Dolor (0–10) y tiempo, en las filas del historial
report-pain-before-after = dolor { $before } antes, { $after } después
report-pain-before = dolor { $before } antes
report-pain-after = dolor { $after } después
report-pain-not-recorded = dolor sin registrar
# Minutos de ejercicio: «12 min»
report-minutes = { $minutes } min
# «1 h 05 min» ($minutes lleva dos cifras)
report-hours-minutes = { $hours } h { $minutes } min

## El calendario de un programa, en qué punto está y sus semanas
# «6 semanas desde el lun 7 dic 2026»
report-schedule-weeks-from = { $count ->
    [one] { $count } semana desde el { $date }
   *[other] { $count } semanas desde el { $date }
}
# Un programa sin final: «desde el lun 7 dic 2026»
report-schedule-from = desde el { $date }
# Estos días cualesquiera de cada semana
report-schedule-days-a-week = { $count ->
    [one] { $count } día a la semana
   *[other] { $count } días a la semana
}
report-schedule-every-day = todos los días
# Sesiones al día: «2 al día»
report-schedule-per-day = { $count } al día
report-standing-starts = empieza el { $date }
report-standing-week-of = semana { $week } de { $weeks }
report-standing-week = semana { $week }
report-standing-ended = terminó el { $date }
# En qué punto estaba en un día que no es el del informe: «semana 4 de 6, a fecha de mié 30 dic 2026»
report-standing-on = { $standing }, a fecha de { $date }
# Los días de una semana del programa dentro de un mes: «7–13 dic 2026»
report-week-dates-days = { $first }–{ $last } { $month } { $year }
# Entre dos meses: «28 nov – 4 dic 2026»
report-week-dates-months = { $first } { $first_month } – { $last } { $last_month } { $year }
# Entre dos años: «28 dic 2026 – 3 ene 2027»
report-week-dates-years = { $first } – { $last }

## Por qué una sesión está en la lista de alertas de dolor
report-flag-started-with-pain = empezó de todos modos con dolor { $pain } (límite { $limit })
report-flag-started-above-limit = empezó de todos modos por encima del límite de dolor
report-flag-pain-after-above = dolor después por encima de { $limit }
report-flag-pain-rose = el dolor subió { $rise }
# Dolor antes → después: «dolor 3 → 6»
report-flag-pain = dolor { $pain }

## La página del informe
report-title = Informe de ejercicios en casa
report-title-period = Informe de ejercicios en casa — { $period }
# Debajo del título; $period va en negrita
report-period-line = Periodo: { $period } · generado por Repcue { $version } el { $date }
# Etiquetas delante de una línea en blanco para escribir
report-patient = Paciente:
report-physiotherapist = Fisioterapeuta:
# Las cifras de arriba
report-number-sessions = Sesiones
report-number-days-active = Días con actividad
report-number-exercise-time = Tiempo de ejercicio
report-number-completed = Completadas
report-number-stopped-for-pain = Paradas por dolor
report-number-reps-done = Repeticiones hechas
report-number-pain = Dolor antes → después
# «3 de 4» sesiones, repeticiones o posiciones mantenidas
report-count-of = { $done } de { $total }
# Repeticiones hechas: «110 de 120 (92 %)»
report-count-of-percent = { $done } de { $total } ({ $percent } %)
report-no-sessions = No se registró ninguna sesión en este periodo.

## Gráficos
report-chart-minutes-heading = Minutos por semana
report-chart-pain-heading = Dolor antes (○) y después (●), 0–10
# Lo que muestran los gráficos, para lectores de pantalla
report-chart-minutes-label = Minutos de ejercicio por semana
report-chart-pain-label = Dolor antes y después de cada sesión, de 0 a 10
# Una barra del gráfico de minutos
report-chart-week = semana del { $date }
# La descripción de la barra: «semana del 7 dic 2026: 35 min, 3 sesiones»
report-chart-week-bar = { $week }: { $minutes } min, { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}

## La lista de sesiones
report-sessions-heading = Sesiones (la más reciente primero)
# Cuando todas las sesiones son de una misma rutina, se nombra aquí
report-sessions-heading-routine = Sesiones (la más reciente primero) — { $routine }
report-col-date = Fecha
report-col-week = Semana
report-col-routine = Rutina
# Lo que se hizo de la sesión: «10 de 12 repeticiones»
report-col-done = Hecho
report-col-time = Tiempo
report-col-pain = Dolor
# Cómo terminó la sesión
report-col-ended = Final
report-col-where-note = Dónde / nota
# Marca un dolor que disparó una alerta
report-alert = alerta
# Marca una sesión empezada con el dolor por encima del límite
report-started-anyway = empezó de todos modos
# «parada por dolor durante Puente de glúteos»
report-ended-during = { $ending } durante { $place }
report-earlier-sessions = { $count ->
    [one] { $count } sesión anterior de este periodo está incluida en las cifras de arriba y aparece en la exportación CSV.
   *[other] { $count } sesiones anteriores de este periodo están incluidas en las cifras de arriba y aparecen en la exportación CSV.
}

## La tabla de ejercicios
report-exercises-heading = Ejercicios
report-col-exercise = Ejercicio
report-col-sessions = Sesiones
report-col-reps-done = Repeticiones hechas
report-col-holds-done = Posiciones mantenidas
report-col-steps-skipped = Pasos saltados

## La sección de un programa
report-programme-heading = Programa: { $title }
# «límites de dolor: parar por encima de 5, alerta si sube 2»
report-pain-limits = límites de dolor: { $limits }
report-limit-stop-above = parar por encima de { $limit }
report-limit-rise = alerta si sube { $rise }
report-pain-alerts-heading = Alertas de dolor
report-pain-alerts-none = Ninguna en este periodo.

## La tabla de semanas de un programa
report-col-dates = Fechas
report-col-planned = Previstas
# Sesiones hechas esa semana
report-col-done-sessions = Hechas
# Sesiones hechas en parte esa semana
report-col-partly = En parte
report-col-pain-alerts = Alertas de dolor
# Tras el número de la semana en curso
report-week-so-far = (hasta ahora)
report-weeks-in-csv = Las semanas 1–{ $last } están en la exportación CSV.
report-flagged-heading = Alertas de dolor y sesiones empezadas por encima del límite
report-flagged-more = { $count } más en la exportación CSV.

## Los encabezados de las columnas del CSV (una palabra o palabras_unidas_por_guiones_bajos)
csv-row = fila
csv-session = sesión
csv-date = fecha
csv-start = inicio
csv-end = fin
csv-routine = rutina
csv-routine-sha256 = rutina_sha256
# Cómo terminó la sesión
csv-ending = final
# El ejercicio durante el que se paró la sesión
csv-stopped-during = parada_durante
csv-exercise = ejercicio
csv-sets-done = series_hechas
csv-sets-prescribed = series_prescritas
csv-reps-done = repeticiones_hechas
csv-reps-prescribed = repeticiones_prescritas
csv-holds-done = posiciones_mantenidas
csv-holds-prescribed = posiciones_prescritas
csv-steps-skipped = pasos_saltados
# Minutos de ejercicio, sin las pausas
csv-active-min = min_activos
csv-paused-min = min_en_pausa
csv-pauses = pausas
csv-pain-before = dolor_antes
csv-pain-after = dolor_después
# Dónde dolía, como lo escribió el paciente
csv-pain-where = dónde_duele
csv-note = nota
csv-routine-file = archivo_rutina
csv-programme-week = semana_programa
csv-pain-alert = alerta_dolor
csv-started-above-limit = empezó_sobre_límite
csv-programme-start = inicio_programa
# Sesiones previstas en una semana del programa
csv-planned = previstas
# Sesiones cuyo día ya había llegado al exportar
csv-due = tocaban
csv-done = hechas
csv-partly = en_parte
csv-pain-alerts = alertas_dolor

## La hoja de ejercicios del paciente
# $author: tal como lo escribe la rutina, en negrita
handout-prescribed-by = Prescrito por { $author }
# Delante del calendario del programa
handout-when = Cuándo:
handout-your-exercises = Tus ejercicios
handout-pain-limit = Límite de dolor:
handout-written-by = Generado por Repcue { $version }.
# $reason: por qué; por ejemplo, falta el archivo
handout-picture-left-out = Imagen no incluida: { $reason }
handout-picture-not-png-jpeg = «{ $file }» no es un archivo PNG ni JPEG

## La tabla para marcar
handout-grid-heading = Marca cada sesión cuando la hayas hecho
handout-grid-week = Semana
# Una columna cuando la rutina no tiene calendario: «Día 1»
handout-grid-day = Día { $number }
# Un día de la tabla: «7 dic» ($month: el nombre corto del mes)
handout-grid-date = { $day } { $month }
# Debajo de la tabla cuando el programa pide N días cualesquiera por semana
handout-grid-any-days = { $count ->
    [one] Un día cualquiera de cada semana: marca el día en que hiciste la sesión.
   *[other] { $count } días cualesquiera de cada semana: marca los días en que hiciste la sesión.
}
