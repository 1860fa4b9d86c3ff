### Pantallas: el inicio, los diálogos, el resumen de la sesión, el programa y los mensajes
### propios de la aplicación (avisos, diálogos de archivos, problemas en segundo plano).

## Inicio

# Duración prevista de la rutina, abajo junto a Empezar
overview-total = Total { $duration }
# Lo mismo cuando algunos ejercicios van al ritmo del paciente (sin tiempo fijo)
overview-total-self-paced = Total { $duration } + a tu ritmo
overview-start = Empezar
# Título del recuadro sobre problemas con el archivo del historial
overview-history-notice-title = Tu historial
overview-open-history = Abrir el historial
overview-checking = Comprobando la rutina…
overview-print-handout = Imprimir hoja de ejercicios
overview-print-handout-hint = Una página para imprimir y tener a la vista: los ejercicios, el calendario, las señales de alarma y una tabla para ir marcando
overview-safety = Seguridad
overview-warning-signs = Señales de alarma: cuándo pedir ayuda
overview-settings = Ajustes
overview-history = Historial
overview-history-hint = Sesiones anteriores, gráficos y el informe para tu fisioterapeuta
overview-open-routine = Abrir rutina…
overview-open-routine-hint = Elige un archivo de rutina
# Bajo el título de la rutina: quién la escribió
overview-author = por { $author }
# Duración prevista de un ejercicio cuyas repeticiones van a tu ritmo
overview-time-self-paced = { $duration } + a tu ritmo
# $changes: lo que cambió respecto al plan de la semana pasada, ya en palabras
overview-new-this-week = Novedades de esta semana: { $changes }
# $caution: las palabras del propio fisioterapeuta
overview-caution = Precaución: { $caution }
# También en la pantalla de la sesión. $message dice por qué.
overview-picture-not-shown = Imagen no mostrada: { $message }
# No se pudo reproducir la introducción grabada de un ejercicio; $problem dice por qué
overview-intro-clip-not-played = Introducción grabada no reproducida: { $problem }
overview-load-failed = No se pudo abrir esta rutina; sigue cargada la actual.
overview-dismiss = Descartar
overview-sound = Sonido
overview-open-another = Abrir otra rutina
overview-open-help = Suelta un archivo de rutina .toml en esta ventana, elige uno o escribe su ruta.
overview-path-hint = Ruta de un archivo de rutina (.toml)
# Nombre accesible del campo de la ruta
overview-path-label = Ruta del archivo de rutina
overview-open = Abrir
overview-recent = Abiertas recientemente
# Nombre accesible de un enlace de la lista de recientes; $name es el nombre del archivo
overview-open-recent = Abrir la rutina reciente { $name }

## Diálogos: terminar una sesión, ayuda del teclado

dialog-end-title = ¿Terminar la sesión?
dialog-end-body = Lo que has hecho hasta ahora queda guardado en el resumen.
dialog-end-now = Terminar la sesión ahora
dialog-keep-going = Seguir
dialog-help-title = Atajos de teclado
dialog-help-body = Puedes seguir toda la rutina sin tocar nada: la pantalla y el sonido te guían.
dialog-close = Cerrar
# Nombres de teclas en la ayuda del teclado
dialog-key-space = Espacio
dialog-key-right = Flecha derecha
dialog-key-left = Flecha izquierda
dialog-key-enter = Enter
dialog-key-help = F1  o  ?
# Qué hace cada tecla, en la ayuda del teclado
dialog-action-pause = Pausa / continuar
dialog-action-next = Paso siguiente
dialog-action-previous = Paso anterior
dialog-action-rep-done = Repetición hecha (repeticiones a tu ritmo)
dialog-action-end = Terminar la sesión (pregunta antes)
dialog-action-fullscreen = Activar / desactivar pantalla completa
dialog-action-sound = Activar / desactivar sonido
dialog-action-text-size = Texto más grande / más pequeño
dialog-action-text-normal = Tamaño de texto normal
dialog-action-history = Historial (no durante una sesión)
dialog-action-settings = Ajustes (no durante una sesión)
dialog-action-help = Esta ayuda

## Resumen después de una sesión

summary-back = Volver al inicio
summary-history = Historial
summary-completed = Bien hecho: sesión completada
summary-finished-with-skips = Terminada con pasos saltados: hecha en parte
summary-ended-early = Sesión terminada antes de tiempo
summary-stopped-for-pain = Paraste porque te dolía
summary-skips-explained = Saltaste la mayor parte de la sesión, así que queda como hecha en parte. Dile a tu fisioterapeuta si algún ejercicio te resultó demasiado difícil.
# $step: el paso en el que se detuvo la sesión, ya en palabras
summary-stopped-during = Te detuviste en: { $step }
# $name: el nombre del ejercicio tal como lo escribe la rutina
summary-dont-repeat = No vuelvas a hacer el ejercicio «{ $name }» hasta haber hablado con tu fisioterapeuta.
summary-exercise-caution = Precaución de este ejercicio
summary-pain-strength = ¿Cuánto te duele ahora?
summary-pain-now = ¿Cómo está tu dolor ahora?
summary-note-title = Nota para tu fisioterapeuta
summary-note-hint = ¿Cómo te fue? ¿Hubo algo que te resultara difícil o fácil?
# Nombre accesible del campo de la nota
summary-note = Nota
summary-pain-before = Dolor antes de la sesión: { $pain } de 10
summary-pain-alert-title = Alerta de dolor
# Por qué aparece la alerta de dolor ($why de summary-pain-alert)
summary-pain-above-limit = por encima del límite de { $limit } que fijó tu fisioterapeuta
summary-pain-rise = por encima del { $before } que tenías antes de la sesión
summary-pain-above-limit-and-rise = por encima del límite de { $limit } que fijó tu fisioterapeuta y del { $before } que tenías antes de la sesión
# $after: el dolor ahora (de 0 a 10); $why: uno de los tres mensajes anteriores
summary-pain-alert = Tu dolor está en { $after } de 10, { $why }. Descansa, no hagas más ejercicio hoy y díselo a tu fisioterapeuta: esta sesión queda marcada para que la vea. Si el dolor no se calma con el descanso, o notas alguna de las señales de alarma, pide consejo hoy mismo.
summary-where = ¿Dónde te duele?
summary-where-hint = O describe dónde
# Nombre accesible del campo «dónde duele»
summary-where-label = Dónde duele
# Zonas para elegir dónde duele (se guardan en el historial tal como se eligen)
summary-place-lower-back = Zona lumbar
summary-place-hip = Cadera
summary-place-buttock = Glúteo
summary-place-leg = Pierna
summary-place-knee = Rodilla
# La tabla de totales
summary-time = Tiempo
# $elapsed: toda la sesión; $active: el tiempo haciendo ejercicio
summary-time-value = { $elapsed } ({ $active } de ejercicio)
summary-reps-done = Repeticiones hechas
summary-holds-done = Posiciones mantenidas
# «8 de 10» repeticiones o posiciones mantenidas
summary-done-of = { $done } de { $total }
summary-steps-skipped = Pasos saltados
summary-paused = Pausas

## Programa: en qué punto está el paciente, en el inicio

# $date: «mié 23 dic»
programme-starts = Tu programa empieza el { $date }
programme-not-started-help = Ya puedes hacer una sesión: seguirá el plan de la semana 1.
programme-ended = Tu programa terminó el { $date }: pide a tu fisioterapeuta el siguiente
programme-ended-help = El plan de la última semana sigue aquí para que lo uses.
# Un programa sin un número fijo de semanas
programme-week = Semana { $week } · { $date }
programme-week-of = Semana { $week } de { $weeks } · { $date }
programme-week-all-done = Ya hiciste todas las sesiones de esta semana
programme-today-due-any-day = Hoy: toca una sesión (cualquier día de esta semana)
programme-today-done-count = { $done ->
    [one] Hoy: { $done } hecha
   *[other] Hoy: { $done } hechas
}
programme-today-due = Sesión de hoy: pendiente
programme-today-done = Sesión de hoy: hecha
# Más de una sesión al día
programme-today-all-done = Hoy: hechas las { $count } sesiones
programme-today-some-done = Hoy: { $done } de { $count } hechas
programme-none-today = Hoy no hay ninguna sesión prevista
programme-none-today-next = Hoy no hay ninguna sesión prevista · la próxima: { $date }
programme-week-count = { $planned ->
    [one] { $done } de { $planned } hecha esta semana
   *[other] { $done } de { $planned } hechas esta semana
}
programme-week-count-partly = { $planned ->
    [one] { $done } de { $planned } hecha esta semana
   *[other] { $done } de { $planned } hechas esta semana
}, { $partly } en parte
# Marcas cortas bajo un día de la franja de la semana (un recuadro de unas 5 letras)
programme-mark-done = hecha
programme-mark-partly = parcial
programme-mark-missed = faltó
# Lo que dice un lector de pantalla de un día de la franja: «mié 23 dic, hoy: día de sesión, hecha».
# $today y $planned: yes o no; $status: done, partly, missed o none
programme-day-words = { $today ->
    [yes] { $date }, hoy
   *[no] { $date }
}: { $planned ->
    [yes] día de sesión
   *[no] ninguna sesión prevista
}{ $status ->
    [done] , hecha
    [partly] , hecha en parte
    [missed] , no se hizo
   *[none] {""}
}
# En el historial y el informe
programme-adherence-none = Cumplimiento: todavía no ha llegado el día de ninguna sesión prevista
programme-adherence = Cumplimiento: { $due ->
    [one] { $done } de { $due } sesión prevista hecha
   *[other] { $done } de { $due } sesiones previstas hechas
} ({ $percent } %)
programme-adherence-partly = Cumplimiento: { $due ->
    [one] { $done } de { $due } sesión prevista hecha
   *[other] { $done } de { $due } sesiones previstas hechas
} ({ $percent } %), { $partly ->
    [one] { $partly } hecha en parte
   *[other] { $partly } hechas en parte
}

## Mensajes propios de la aplicación

app-not-during-session = Termina la sesión antes de abrir otra rutina.
# $path: un archivo que se abrió mientras había una sesión en curso
app-not-opened-during-session = No se abrió { $path } porque había una sesión en curso.
app-speech-unavailable = Las palabras propias de esta rutina (sus avisos y los nombres de los ejercicios que Repcue no tiene grabados) se muestran en pantalla, pero no se dicen en voz alta: un tono marca su ritmo. Para oírlas, instala espeak-ng (en Debian o Ubuntu: sudo apt install espeak-ng) y vuelve a abrir Repcue.
app-no-sound = Sin sonido: no se pudo usar ningún altavoz ni auriculares. Sigue la pantalla; el sonido volverá por sí solo cuando haya un altavoz disponible.
app-drop-hint = Suelta un archivo de rutina (.toml) para abrirlo
app-not-a-routine = { $path } no es un archivo de rutina (.toml).
# De dónde viene la rutina en pantalla cuando es la que trae Repcue (se guarda también en el historial)
app-bundled-routine = rutina incluida
# El motivo en el hueco de la imagen («Imagen no mostrada: …»)
app-bundled-no-pictures = la rutina incluida no tiene carpeta de imágenes
# Un archivo que se está guardando (una exportación o la hoja de ejercicios)
app-writing = Guardando { $path }…
app-export-saved = Guardado: { $path }
app-history-still-opening = El historial todavía se está abriendo.
# «Elegir…» es el botón junto a la ruta del archivo en la pantalla del historial
app-export-no-path = Escribe dónde guardar el archivo o pulsa «Elegir…».
app-handout-saved = Hoja de ejercicios guardada: { $path }. Ábrela en tu navegador web e imprímela.
app-reminders-no-home = Este sistema no tiene carpeta personal, así que no se pueden guardar los recordatorios.
app-reminders-no-systemd = no hay systemd en este sistema
# $error: las palabras del propio sistema
app-reminders-not-saved = No se pudieron guardar tus ajustes de recordatorios ({ $error }).
# $day: «lun 7 dic 2026»; $time: «08:00»
app-next-reminder = Próximo recordatorio: { $day } a las { $time }
# Para qué rutina son los recordatorios («Los recordatorios son para la rutina incluida.»)
app-reminders-for-bundled = la rutina incluida
# Un trabajo en segundo plano falló de una forma que nadie previó
app-unexpected-routine = Repcue tuvo un problema inesperado al leer la rutina; puede que el archivo esté dañado
app-unexpected-picture = Repcue tuvo un problema inesperado al leer esta imagen; puede que el archivo esté dañado
app-unexpected-reminders = Repcue tuvo un problema inesperado al configurar los recordatorios; puede que estén desactivados
# Los diálogos de archivos del escritorio
app-dialog-open-routine = Abrir una rutina
app-dialog-routine-filter = Rutina (TOML)
app-dialog-export-csv = Exportar las sesiones como CSV
app-dialog-save-report = Guardar el informe para tu fisioterapeuta
app-dialog-html-filter = Página web (HTML)
