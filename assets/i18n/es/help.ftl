### La ayuda de la línea de órdenes (`repcue --help`, `repcue ORDEN --help`).

clap-usage = Uso:
clap-heading-commands = Órdenes
clap-heading-arguments = Argumentos
clap-heading-options = Opciones
clap-help = Muestra la ayuda
clap-version = Muestra la versión

clap-about = Te guía en una rutina de fisioterapia en casa, sin usar las manos, con indicaciones claras en pantalla y avisos al ritmo de cada movimiento.
clap-routine = El archivo de rutina que se abre (por defecto, el exercises.toml incluido)
clap-start = Empieza la sesión directamente, sin pasar por la pantalla de inicio
clap-home = Guarda los ajustes y el historial en esta carpeta en lugar de la del sistema (también $REPCUE_HOME)
clap-lang = Idioma de lo que se muestra, se dice y se imprime: en o es (por defecto, el elegido en Ajustes o, si no, el del sistema)

clap-check-about = Comprueba un archivo de rutina y muestra su plan
clap-check-routine = El archivo de rutina
clap-check-json = Muestra el plan como un objeto JSON en lugar de texto
clap-check-week = Muestra solo el plan de esta semana del programa (la rutina necesita un [schedule])
clap-check-on = Muestra solo el plan de la semana del programa en la que cae este día (AAAA-MM-DD)

clap-history-about = Muestra las sesiones registradas, de la más reciente a la más antigua, una por línea
clap-history-since = Solo las sesiones de este día en adelante (AAAA-MM-DD)

clap-export-about = Guarda las sesiones en CSV o en el informe imprimible (o en ambos), para el fisioterapeuta
clap-export-csv = Guarda en ARCHIVO una fila por sesión, una por ejercicio y una por semana del programa
clap-export-html = Guarda en ARCHIVO el informe imprimible de una página (HTML)
clap-export-since = Solo las sesiones de este día en adelante (AAAA-MM-DD)

clap-handout-about = Guarda una rutina como página imprimible para el paciente: ejercicios, calendario, señales de alarma y una cuadrícula para marcar
clap-handout-routine = El archivo de rutina
clap-handout-html = Guarda la página (HTML autónomo) en ARCHIVO

clap-remind-about = Comprueba una vez si toca una sesión y, si es así, muestra una notificación en el escritorio con un botón «Empezar» (es lo que ejecuta el temporizador de recordatorios; los recordatorios se configuran en Ajustes)
clap-remind-dry-run = Muestra en la terminal lo que se notificaría, sin mostrar la notificación
clap-remind-off = Desactiva los recordatorios y quita su temporizador

clap-schema-about = Muestra el esquema JSON del formato de rutina, para editores

clap-new-about = Crea una rutina inicial comentada, con el esquema al lado
clap-new-routine = El archivo de rutina que se crea (nunca se sobrescribe)

## Marcadores del valor de una opción (`--home <CARPETA>`)
clap-value-routine = RUTINA
clap-value-folder = CARPETA
clap-value-lang = IDIOMA
clap-value-n = N
clap-value-date = FECHA
clap-value-file = ARCHIVO

## Respuestas antes de abrir la ventana
cli-no-such-language = Repcue no tiene el idioma "{ $name }"; usa uno de estos: { $codes }
app-cannot-open-window = no se pudo abrir la ventana: { $why }
