### cli: lo que escribe la línea de órdenes `repcue`, y sus errores.

## repcue check: el plan en palabras
# Bajo el título de la rutina; $author es el autor tal como está en el archivo.
cli-by-author = por { $author }
# Tiempo previsto de un ejercicio con repeticiones a ritmo propio: "1 min 20 s + a tu ritmo".
cli-time-self-paced = { $time } + a tu ritmo
cli-pace = Prepárate { $prepare } antes de cada ejercicio · descanso de { $rest } entre ejercicios
# Total previsto cuando hay repeticiones a ritmo propio.
cli-total-self-paced = { $total } más las repeticiones a tu ritmo
cli-total = Total: { $total } · { $exercises } · { $steps }
cli-cannot-write-plan = no se puede escribir el plan en la salida estándar

## repcue check de un programa de varias semanas
cli-week-needs-programme = { $option } necesita un programa, y { $file } no tiene [schedule]: todas las sesiones siguen el mismo plan, que muestra `repcue check { $file }` (añade una tabla [schedule] con start y weeks para convertir la rutina en un programa)
cli-week-range = { $weeks ->
    [one] la semana 1
   *[other] las semanas 1 a { $weeks }
}
cli-week-zero = --week 0: las semanas del programa se cuentan desde 1
cli-week-zero-has = --week 0: las semanas del programa se cuentan desde 1; este programa tiene { $range }
cli-week-past-end = --week { $week } va más allá del final: el programa de { $file } tiene { $range }
cli-date-before-start = { $date } es antes de que empiece el programa, el { $start }: plan de la semana 1
cli-date-after-end = { $date } es después de que terminara el programa, el { $last }: plan de la última semana
cli-week-of = Semana { $week } de { $weeks } · { $first } – { $last }
cli-week-open = Semana { $week } · { $first } – { $last }
cli-programme = Programa: { $schedule }
cli-pain-limit = Límite de dolor: { $limits }
cli-changed = cambios: { $changes }
cli-unchanged = Sin cambios: { $exercises }
cli-change-sets = { $from } → { $to } { $to ->
    [one] serie
   *[other] series
}
cli-change-reps = { $from } → { $to } { $to ->
    [one] repetición
   *[other] repeticiones
}
cli-change-up = arriba
cli-change-hold = mantén
cli-change-down = abajo
cli-change-rest-between-reps = descanso entre repeticiones
cli-change-rest-between-sets = descanso entre series
cli-change-switch-sides = cambio de lado

## repcue history y repcue export
cli-cannot-open-history = no se puede abrir el historial en { $folder }
cli-history-pain = dolor { $pain }
cli-history-week = semana { $week }
cli-history-pain-alert = alerta de dolor
# La sesión se empezó aunque el dolor superaba el límite de la rutina.
cli-history-started-anyway = empezada de todos modos
cli-programme-head = { $title } · desde { $start } · { $standing }
cli-programme-pain-alerts = { $count ->
    [one] { $count } alerta de dolor
   *[other] { $count } alertas de dolor
}
cli-no-sessions = No hay sesiones registradas (historial en { $folder }).
cli-no-sessions-since = No hay sesiones registradas desde el { $since } (historial en { $folder }).
cli-cannot-make-csv = no se puede generar el CSV
cli-wrote-sessions = Guardado { $file } ({ $sessions }).

## Archivos escritos
cli-wrote = Guardado { $file }
cli-cannot-write = no se puede escribir { $file }
cli-cannot-write-in = no se puede escribir en { $folder }
cli-no-home-folder = este sistema no tiene carpeta personal; define REPCUE_HOME o usa --home

## repcue handout
cli-handout-is-routine = --html { $file } es la propia rutina; da a la hoja de ejercicios un nombre de archivo propio, como handout.html

## repcue new y repcue schema
cli-cannot-write-schema = no se puede escribir el esquema en la salida estándar
cli-file-exists-never-overwrite = { $file } ya existe; elige un nombre de archivo nuevo (repcue new nunca escribe sobre un archivo)
cli-file-exists = { $file } ya existe; elige un nombre de archivo nuevo
cli-folder-missing = la carpeta { $folder } no existe; créala primero
cli-kept-existing-schema = Se conserva el { $file } existente; para actualizarlo: repcue schema > { $file }
cli-kept = Se conserva { $file }
cli-edit-then-check = Edítala y luego compruébala con: repcue check { $file }

## repcue remind
cli-reminders-off = Los recordatorios están desactivados (actívalos en los Ajustes de Repcue).
cli-nothing-to-remind = Nada que recordar: { $why }.
cli-would-notify = Se mostraría: { $text }
cli-reminded = Recordatorio mostrado: { $text }
cli-could-not-note-shown = no se pudo anotar que el recordatorio se mostró ({ $error })
cli-opening = Abriendo Repcue con { $routine }
cli-bundled-routine = la rutina incluida
cli-timer-times-changed = Las horas de los recordatorios cambiaron: ahora el temporizador se activa a las { $times }.
cli-routine-unreadable-hint = abre { $file } en Repcue para ver qué falla, o activa los recordatorios para otra rutina
cli-cannot-find-program = no se encuentra el programa repcue
cli-cannot-start = no se puede iniciar Repcue
cli-reminders-off-removed = Los recordatorios están desactivados y su temporizador se ha quitado.
