### settings

## La pantalla Ajustes
settings-title = Ajustes
# El botón de la barra superior que abre Historial.
settings-history-button = Historial
# Título de un aviso sobre un problema en el archivo de ajustes.
settings-file-problem = Archivo de ajustes
settings-section-sound = Sonido
settings-countdown = Cuenta atrás al prepararte: «tres, dos, uno» (tictacs con pitidos) antes de cada ejercicio, descanso y cambio de lado
settings-section-display = Pantalla
settings-theme = Tema:
settings-theme-system = Igual que el sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
# $percent: "100".
settings-text-size = Tamaño del texto: { $percent } %
settings-text-smaller = Texto más pequeño
settings-text-larger = Texto más grande
settings-text-normal = Tamaño de texto normal
settings-section-language = Idioma
# La opción que sigue el idioma del ordenador.
settings-language-system = Sistema
settings-section-sessions = Sesiones
settings-pain-check = Preguntar «¿Cuánto te duele ahora mismo?» antes de cada sesión
settings-section-reminders = Recordatorios
settings-section-about = Acerca de
# $version: "1.4.0".
settings-about = Repcue { $version }: funciona sin conexión y lo guarda todo en este equipo.
settings-file = Archivo de ajustes
settings-history-folder = Carpeta del historial
# $variable: la variable de entorno REPCUE_HOME. CARPETA es la ruta de una carpeta.
settings-home-hint = Abre Repcue con --home CARPETA (o define { $variable }) para guardarlo todo en otra carpeta, por ejemplo en una memoria USB.
settings-no-home = Este sistema no tiene carpeta personal: los ajustes y el historial no se guardan.

## La sección Recordatorios
settings-reminders-enable = Recuérdame cuando sea la hora de mis ejercicios
settings-reminders-explain = Una notificación en el escritorio con un botón Empezar, aunque Repcue esté cerrado. No llega si ya hiciste las sesiones del día, ni después de una sesión que paraste porque algo dolía.
# $routine: el título de la rutina (o de dónde viene).
settings-reminders-for-other = Los recordatorios son para { $routine }.
settings-reminders-switch = Cambiar los recordatorios a { $routine }
settings-reminders-for = Para: { $routine }
# $schedule: los días del programa en palabras.
settings-reminders-programme-days = Los días de tu programa: { $schedule }
settings-reminders-every-day = Todos los días.
settings-reminders-applying = Programando el recordatorio…
settings-reminders-none-coming = No hay ningún recordatorio pendiente: el programa ha terminado.
# $times: "08:00 y 18:00".
settings-reminders-routine-times = A las horas de la rutina: { $times }
settings-reminders-own-time = A la hora que yo elija:
settings-reminders-time = Hora del recordatorio
settings-reminders-time-hint = Cada cuarto de hora
# El final de una lista: $rest es "08:00, 12:00", $last "18:00".
settings-list-and = { $rest } y { $last }

## Mensajes sobre los archivos que guarda Repcue
# $reason: el error del sistema.
store-settings-not-saved = No se pudieron guardar tus ajustes ({ $reason }); se aplican hasta que cierres Repcue.
store-recent-not-saved = No se pudo guardar la lista de rutinas recientes ({ $reason }).
store-save-unexpected = Repcue tuvo un problema inesperado al guardar un archivo de ajustes.
store-too-many-copies = demasiadas copias ilegibles de este archivo
# $path: el archivo del diario de la sesión.
store-journal-exists = { $path } ya existe
# Por qué no se usa una línea del historial; $started y $ended son marcas de tiempo.
store-dates-impossible = las fechas de la sesión ({ $started } a { $ended }) no están entre 1970 y 2200
store-ends-before-start = la sesión termina ({ $ended }) más de un día antes de empezar ({ $started })
# $lines: líneas ilegibles; $line: la primera; $why: el error; $aside: adónde se movió el archivo;
# $sessions: sesiones conservadas.
store-history-part-unreadable = No se pudo leer parte del historial ({ $lines ->
    [one] { $lines } línea
   *[other] { $lines } líneas
}, la primera en la línea { $line }: { $why }). El archivo completo se movió a { $aside } y no se borró nada; { $sessions ->
    [one] se conserva la { $sessions } sesión que se pudo leer.
   *[other] se conservan las { $sessions } sesiones que se pudieron leer.
}
# $folder: la carpeta de los diarios.
store-journals-not-recovered = No se pudieron añadir al historial todas las sesiones que se cortaron al cerrarse Repcue de forma inesperada ({ $reason }); sus diarios en { $folder } se conservan y se volverá a intentar la próxima vez.
store-sessions-recovered = { $count ->
    [one] { $count } sesión se cortó al cerrarse Repcue de forma inesperada; lo que hiciste hasta entonces está en el historial, marcado como «interrumpida».
   *[other] { $count } sesiones se cortaron al cerrarse Repcue de forma inesperada; lo que hiciste hasta entonces está en el historial, marcado como «interrumpida».
}
store-history-cannot-open = No se puede abrir el historial en { $folder }: { $reason }. No se borró nada; las sesiones nuevas se siguen guardando allí si se puede escribir.
# Las repeticiones de una sesión: "34 de 36 repeticiones".
store-completion-reps = { $done } de { $planned ->
    [one] { $planned } repetición
   *[other] { $planned } repeticiones
}
# Para rutinas sin repeticiones: "4 de 6 posiciones mantenidas".
store-completion-holds = { $done } de { $planned ->
    [one] { $planned } posición mantenida
   *[other] { $planned } posiciones mantenidas
}

## Problemas en el archivo de ajustes
# $problem: las palabras del lector de TOML.
store-settings-line-skipped = { $problem }; se pasa por alto esta línea
# $key: el nombre de un ajuste en el archivo; $expected: uno de los mensajes store-expected-.
store-settings-bad-value = `{ $key }` debe ser { $expected }; se usa el valor predeterminado
store-expected-volume = un número de 0.0 a 1.0
store-expected-text-size = un número de 0.5 a 3.0
# Las palabras entre comillas son valores del archivo: se dejan como están.
store-expected-sound-mode = "voice" o "beeps"
store-expected-theme = "system", "light" o "dark"
store-expected-language = "system", "english" o "spanish"
store-expected-boolean = true o false
store-settings-cannot-read = No se puede leer { $file }: { $reason }. Se usan los ajustes predeterminados hasta que se pueda.
# $copy: dónde está la copia.
store-settings-damaged = No se pudo leer parte del archivo de ajustes; se usan los demás ajustes. Se guarda una copia del archivo tal como estaba en { $copy }.
store-settings-damaged-no-copy = No se pudo leer parte del archivo de ajustes ({ $reason }).

## El registro del historial
store-no-journal = Los pasos de esta sesión no se pueden ir guardando mientras la haces (no se pudo crear su diario en { $folder }: { $why }); se añadirá al historial cuando termine.
store-note-not-saved = No se pudo guardar la nota de la sesión: { $why }
store-writing-panicked = Repcue tuvo un problema inesperado al escribir el historial ({ $why }); lo escrito antes se conserva y el registro continúa.
store-journal-not-written = No se pudo escribir el diario de la sesión { $file }: { $why }
store-not-added = No se pudo añadir la sesión al historial: { $why }. Su diario se conserva y se añadirá la próxima vez que abras Repcue.
store-opening-panicked = Repcue tuvo un problema inesperado al abrir el historial en { $folder } ({ $why }). No se ha borrado nada; las sesiones nuevas se siguen guardando ahí.
