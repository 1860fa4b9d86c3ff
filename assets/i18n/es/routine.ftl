### routine: problemas de un archivo de rutina, tal como los lee el fisioterapeuta
### ("archivo:línea:columna: mensaje", y después "ayuda: …" con cómo arreglarlo), el plan en
### palabras, y problemas con las imágenes y clips a los que apunta una rutina. Los nombres de
### claves del archivo (`sets`, [schedule], "5s") no se traducen: el archivo se escribe con ellos.

## Lectura del archivo
routine-file-empty = el archivo está vacío
routine-file-empty-hint = una rutina necesita una tabla [routine] con un título (title) y al menos un [[exercise]] con un nombre (name); consulta docs/routine-format.md
# $detail es el mensaje del propio analizador de TOML, en inglés.
routine-toml-syntax = error de sintaxis TOML: { $detail }
routine-toml-syntax-hint = esto no es TOML válido; compáralo con el ejemplo de docs/routine-format.md
routine-not-utf8 = el archivo no es texto UTF-8
routine-not-utf8-hint = guarda la rutina como texto plano UTF-8 (la mayoría de los editores lo ofrecen en "Guardar como" o "Codificación")
routine-cannot-read = { $file }: no se puede leer la rutina: { $reason }
routine-read-not-found = ese archivo no existe; comprueba su nombre y su carpeta
routine-read-permission = permiso denegado; pide a quien configuró este equipo que te dé permiso para leer el archivo
routine-too-large = { $file }: el archivo ocupa { $size } KiB; un archivo de rutina puede ocupar como máximo 1 MiB (1024 KiB). ¿Es el archivo correcto?
routine-problem-count = { $file }: { $count ->
    [one] { $count } problema; corrígelo y vuelve a comprobar el archivo
   *[other] { $count } problemas; corrígelos y vuelve a comprobar el archivo
}

## Tablas y claves
routine-key-outside-table = `{ $key }` no está dentro de ninguna tabla
routine-key-outside-table-routine-hint = ponlo bajo la cabecera [routine]: [routine] y después { $key } = …
routine-key-outside-table-exercise-hint = ponlo bajo una cabecera [[exercise]]
routine-routine-not-table = `routine` debe ser una tabla, no { $kind }
routine-routine-not-table-hint = escribe una línea de cabecera [routine] con title = "…" debajo
routine-no-routine-table = el archivo no tiene tabla [routine]
routine-no-routine-table-hint = empieza el archivo con [routine] y una línea title = "…"
routine-key-belongs-to-exercise = `{ $key }` pertenece a un ejercicio, no a [routine]
routine-key-belongs-to-exercise-hint = muévelo bajo una cabecera [[exercise]]
routine-key-belongs-to-routine = `{ $key }` pertenece a [routine], no a un ejercicio
routine-key-belongs-to-routine-hint = muévelo bajo la cabecera [routine]
routine-no-such-language = Repcue no tiene el idioma "{ $language }"
routine-no-such-language-hint = escribe uno de estos: { $codes }, o quita `language` para usar el idioma de la persona
routine-no-exercises = la rutina no tiene ejercicios
routine-no-exercises-hint = añade al menos una cabecera [[exercise]] con una línea name = "…" debajo
routine-no-exercises-empty-hint = añade al menos un [[exercise]] con un nombre (name)
routine-exercise-not-list = `exercise` debe ser una lista de tablas
routine-exercise-not-list-hint = escribe cada ejercicio bajo su propia cabecera [[exercise]] (con corchetes dobles)
routine-exercise-not-table = un ejercicio debe ser una tabla, no { $kind }
routine-exercise-not-table-hint = escribe cada ejercicio bajo su propia cabecera [[exercise]]
routine-key-part-of-tempo = `{ $key }` forma parte del tempo
routine-key-part-of-tempo-hint = escríbelo como tempo = {"{"} { $key } = "2s" {"}"}
routine-this-exercise = este [[exercise]]
routine-place-top = en el nivel superior
routine-place-routine = en [routine]
routine-place-exercise = en [[exercise]]
routine-place-cues = en cues
routine-place-tempo = en tempo
routine-place-safety = en [safety]
routine-place-schedule = en [schedule]
routine-place-pain = en [pain]
routine-place-stage = en [[exercise.progress]]
routine-unknown-key = clave desconocida `{ $key }` { $place }
routine-did-you-mean = ¿querías decir `{ $key }`?
routine-keys-allowed = las claves permitidas { $place } son: { $keys }; consulta docs/routine-format.md para ver cada clave con un ejemplo

## Valores
routine-value-kind = { $kind ->
    [string] texto
    [integer] un número entero
    [float] un número con decimales
    [boolean] un valor true/false
    [datetime] una fecha con hora
    [array] una lista
    [table] una tabla
   *[other] { $kind }
}
routine-missing-key = { $owner } no tiene `{ $key }`
routine-missing-key-hint = añade una línea { $key } = "…"
routine-text-empty = `{ $key }` está vacío
routine-text-empty-hint = escribe el valor de { $key } entre las comillas
routine-not-text = `{ $key }` debe ser texto entre comillas, no { $kind }
routine-not-text-hint = escribe { $key } = "…"
routine-not-whole = `{ $key }` debe ser un número entero
routine-not-whole-kind = `{ $key }` debe ser un número entero, no { $kind }
routine-whole-hint = escribe { $key } = un número entero del { $min } al { $max }
routine-out-of-range = `{ $key }` debe estar entre { $min } y { $max }
routine-expected-whole = un número entero del { $min } al { $max }
routine-expected-boolean = true o false (sin comillas)
routine-expected-duration = una duración como 5, 1.5 o "1m30s"
routine-wrong-type = `{ $key }` debe ser { $expected }, no { $kind }
routine-write-example = escribe { $key } = { $example }
routine-key-problem = `{ $key }`: { $problem }
routine-example-title = "Cadera y zona lumbar — semana 1"
routine-example-name = "Puente de glúteos"
routine-example-cues = {"{"} up = "Inclínate hacia delante", down = "Incorpórate despacio" {"}"}
routine-example-safety = {"{"} phone = "Clínica: 0123 456 789" {"}"}
routine-help = ayuda: { $hint }

## Duraciones
routine-duration-not-finite = una duración debe ser un número finito de segundos
routine-duration-negative = una duración no puede ser negativa
routine-duration-too-long = una duración puede ser como máximo de 1 hora
routine-duration-syntax = `{ $text }` no es una duración
routine-duration-number-hint = escribe un número de segundos, como 5 o "5s"
routine-duration-too-long-hint = divide una duración tan larga en varias repeticiones o series
routine-duration-syntax-hint = escribe los segundos como un número (5, 1.5) o como texto con las unidades h, m (o min) y s, como "5s", "2m" o "1m30s"

## [schedule]: fechas, días y horas de recordatorio
routine-date-hint = escribe { $key } = 2026-12-07 (año-mes-día, sin comillas)
routine-date-with-time = `{ $key }` debe ser solo una fecha, sin hora
routine-not-date = `{ $key }` debe ser una fecha, no { $kind }
routine-no-such-date = `{ $key }`: "{ $text }" no es una fecha del calendario
routine-days-hint = escribe days = ["mon", "wed", "fri"]: mon tue wed thu fri sat sun (de lunes a domingo)
routine-expected-days = una lista de días de la semana como ["mon", "wed"]
routine-days-empty = `days` es una lista vacía
routine-expected-day-names = nombres de días entre comillas
routine-day-twice = "{ $day }" aparece dos veces en `days`
routine-day-twice-hint = pon cada día de la semana una sola vez
routine-not-a-day = "{ $day }" no es un día de la semana
routine-expected-times = una lista de horas como ["18:00"]
routine-too-many-times = `remind_at` tiene { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}, pero per_day es { $per_day }
routine-too-many-times-hint = pon como máximo una hora de recordatorio por cada sesión del día
routine-expected-time-text = horas entre comillas, como "18:00"
routine-not-a-time = "{ $text }" no es una hora del día
routine-not-a-time-hint = escribe una hora de 24 horas como "HH:MM", por ejemplo "08:30" o "18:00"

## cues, [safety], ritmo y tempo
routine-expected-cues = una tabla como {"{"} up = "Inclínate hacia delante", down = "Incorpórate despacio" {"}"}
routine-cue-empty = la indicación `{ $key }` está vacía
routine-cue-empty-hint = escribe las palabras que se mostrarán y se dirán, o quita la línea para usar las de siempre
routine-cue-too-long = la indicación `{ $key }` tiene { $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
} (como máximo { $max })
routine-cue-too-long-hint = una indicación se lee a dos metros de distancia: déjala en pocas palabras
routine-expected-safety = una tabla: una cabecera [safety] con sus líneas debajo
routine-expected-signs = una lista de frases entre comillas, como ["…", "…"]
routine-signs-empty = `{ $key }` es una lista vacía
routine-signs-empty-hint = escribe al menos una señal de alarma, o quita la línea para usar las de Repcue
routine-too-many-signs = `{ $key }` tiene { $count } señales de alarma (como máximo { $max })
routine-too-many-signs-hint = deja las señales que el paciente debe conocer; pon el resto en las instrucciones
routine-sign-empty = una línea de `{ $key }` está vacía
routine-sign-empty-hint = escribe la frase, o quítala
routine-sign-too-long = una línea de `{ $key }` tiene { $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
} (como máximo { $max })
routine-sign-too-long-hint = deja cada señal de alarma en una sola frase corta
routine-unknown-pace = ritmo desconocido "{ $pace }"
routine-unknown-pace-hint = escribe pace = "guided" (la aplicación lleva el tiempo de cada fase) o pace = "self" (la persona marca cada repetición hecha)
routine-expected-pace = texto: "guided" o "self"
routine-tempo-with-self-pace = `{ $key }` no se puede usar con pace = "self"
routine-tempo-with-self-pace-hint = una repetición a ritmo propio no tiene fases con tiempo: quita esta línea, o quita pace = "self"
routine-expected-tempo = una tabla como {"{"} up = "2s", hold = "3s", down = "2s" {"}"}
routine-hold-twice = la duración de hold aparece dos veces: como `hold` y dentro de `tempo`
routine-hold-twice-hint = deja solo una: o hold = … o tempo = {"{"} …, hold = … {"}"}
routine-tempo-zero = todas las fases del tempo duran 0s, así que una repetición no duraría nada
routine-tempo-zero-hint = da una duración a up, hold o down, o escribe pace = "self" para que la persona marque cada repetición hecha

## Límites del plan de cada semana del programa
routine-stage-tempo-zero = desde la semana { $week }, todas las fases del tempo duran 0s, así que una repetición no duraría nada
routine-stage-tempo-zero-hint = da una duración a up, hold o down en esta etapa
routine-plan-too-long = { $week ->
    [none] el tiempo previsto de la rutina es { $time }, por encima del límite de 24 horas
   *[other] en la semana { $week }, el tiempo previsto de la rutina es { $time }, por encima del límite de 24 horas
}
routine-plan-too-long-hint = el ejercicio más largo es "{ $name }" ({ $time }): reduce sus series, repeticiones o duraciones
routine-too-many-steps = { $week ->
    [none] la rutina tiene { $steps } pasos; se permiten como máximo { $max }
   *[other] en la semana { $week }, la rutina tiene { $steps } pasos; se permiten como máximo { $max }
}
routine-too-many-steps-hint = reduce las series o repeticiones de los ejercicios más largos

## [schedule], [pain] y [[exercise.progress]]
routine-expected-table = una tabla: { $example }
routine-expected-schedule = una cabecera [schedule] con start = … debajo
routine-expected-pain = una cabecera [pain] con stop_above = 5 debajo
routine-example-stage-tempo = {"{"} up = "2s", hold = "5s" {"}"}
routine-no-start = [schedule] no tiene `start`
routine-no-start-hint = añade una línea start = 2026-12-07: el primer día de la semana 1
routine-days-and-per-week = [schedule] tiene a la vez `days` y `per_week`
routine-days-and-per-week-hint = deja solo uno: days = ["mon", "wed", "fri"] para días fijos, o per_week = 3 para 3 días cualesquiera a la semana
routine-start-too-late = `start` es tan tarde que el programa pasaría del año 9999
routine-start-too-late-hint = escribe el primer día real de la semana 1, como start = 2026-12-07
routine-progress-needs-schedule = `progress` necesita un [schedule]: las etapas empiezan en una semana del programa
routine-progress-needs-schedule-hint = añade una tabla [schedule] con start = 2026-12-07 (el primer día de la semana 1) y weeks = 6
routine-progress-not-list = `progress` debe ser una lista de tablas
routine-progress-not-list-hint = escribe cada etapa bajo su propia cabecera [[exercise.progress]], debajo de su ejercicio
routine-expected-stage = una tabla bajo una cabecera [[exercise.progress]]
routine-stage-out-of-order = `from_week = { $week }` va después de una etapa que empieza en la semana { $last }
routine-stage-out-of-order-hint = ordena las etapas de un ejercicio por semanas: cada una debe empezar en una semana posterior a la anterior
routine-stage-cannot-change = una etapa no puede cambiar `{ $key }`
routine-stage-cannot-change-hint = una etapa puede fijar: { $keys }; pon `{ $key }` en el propio ejercicio
routine-one-week-stage = `from_week`: el programa dura 1 semana, así que ninguna etapa puede empezar después
routine-one-week-stage-hint = pon weeks = 2 o más en [schedule], o quita esta etapa
routine-no-from-week = esta etapa no tiene `from_week`
routine-no-from-week-hint = añade una línea from_week = 3: la semana del programa en que empieza el cambio
routine-stage-tempo-self-paced = una etapa de un ejercicio a ritmo propio no puede fijar `{ $key }`
routine-stage-tempo-self-paced-hint = una repetición a ritmo propio no tiene fases con tiempo: cambia sus series o repeticiones
routine-stage-hold-twice = la duración de hold aparece dos veces en esta etapa: como `hold` y dentro de `tempo`

## El plan en palabras: "2 series × 12 repeticiones · arriba 2s / mantén 3s / abajo 2s · a cada lado"
routine-plan-up = arriba
routine-plan-hold = mantén
routine-plan-down = abajo
routine-plan-own-pace = a tu ritmo
routine-plan-cue-own-pace = { $cue } a tu ritmo
routine-plan-each-side = a cada lado
routine-plan-each-side-cues = a cada lado ({ $left }, después { $right })
routine-plan-rest-reps = descanso de { $time } entre repeticiones
routine-plan-rest-sets = descanso de { $time } entre series
routine-plan-switch-sides = { $time } para cambiar de lado
routine-change-count = { $now }, antes { $before }
routine-change-time = { $name } { $now }, antes { $before }
routine-change-rest-reps = descanso entre repeticiones
routine-change-rest-sets = descanso entre series
routine-change-switch-sides = cambio de lado
routine-plan-weeks = { $weeks } del { $start } al { $last }
routine-plan-no-end = desde el { $start }, sin fecha de fin
routine-plan-per-week = { $count ->
    [one] un día a la semana, el que quieras
   *[other] { $count } días a la semana, los que quieras
}
routine-plan-every-day = todos los días
routine-plan-per-day = { $sessions } al día
routine-plan-reminder = recordatorio a las { $time }
routine-plan-reminders = recordatorios a las { $times } y { $last }
routine-plan-pain-limit = no hagas ejercicio con un dolor por encima de { $limit }/10
routine-plan-pain-rise = { $rise ->
    [one] alerta si el dolor sube { $rise } punto o más
   *[other] alerta si el dolor sube { $rise } puntos o más
}
routine-period-week = semana { $week }
routine-period-weeks = semanas { $first }–{ $last }
routine-period-every-week = todas las semanas
routine-period-from-week = desde la semana { $week }

## Imágenes y clips de introducción a los que apunta una rutina. $file es el archivo tal como está escrito en la rutina.
# $what en los mensajes de abajo, con su artículo.
media-what-picture = la imagen
media-what-clip = el clip de introducción
media-not-allowed-kind = { $what } "{ $file }" no es de ninguno de estos tipos: { $kinds }; convierte el archivo a uno de ellos
media-not-found = { $what } "{ $file }" no está junto a la rutina; comprueba su nombre en el archivo de la rutina
media-outside-folder = { $what } "{ $file }" está fuera de la carpeta de la rutina; copia el archivo en la carpeta y nómbralo desde ahí
media-not-regular-file = { $what } "{ $file }" es { $kind }, no un archivo normal; haz que la rutina apunte al propio archivo
media-too-large = { $what } "{ $file }" ocupa más de 20 MB; usa un archivo más pequeño
media-unreadable = no se puede leer { $what } "{ $file }": { $reason }
media-folder-unreadable = no se puede abrir la carpeta de la rutina ({ $detail })
media-kind-folder = una carpeta
media-kind-pipe = una tubería con nombre
media-kind-socket = un socket
media-kind-device = un dispositivo
media-kind-special = un archivo especial
media-not-regular = es { $kind }, no un archivo normal
media-too-many-pixels = la imagen "{ $file }" es demasiado grande ({ $width } × { $height } píxeles); usa una de menos de 4000 × 4000
media-too-deep = la imagen "{ $file }" tiene más de { $limit } niveles de elementos anidados; simplifica el dibujo o guárdalo como PNG
media-too-complex = la imagen "{ $file }" costaría demasiado mostrarla ({ $reason }); usa un dibujo más sencillo o una imagen más pequeña
media-undecodable = la imagen "{ $file }" no se ha podido leer como imagen ({ $reason }); vuelve a guardarla como PNG, JPEG o SVG
media-decoder-panicked = la imagen "{ $file }" ha hecho fallar al descodificador de imágenes; el archivo está dañado o no es lo que dice su nombre: vuelve a guardarla como PNG o JPEG
media-built-in-drawing = dibujo incluido
media-picture-decode-too-large = descodificarla necesitaría más de { $size } MB
media-svg-compressed = está comprimida (SVGZ): guárdala como SVG normal
media-svg-too-many-elements = más de { $max } elementos
media-svg-too-many-expanded = más de { $max } elementos una vez expandidas sus referencias
media-svg-self-reference = un elemento se refiere a sí mismo
media-svg-entities-too-large = sus entidades XML se expanden a más de 1 MB de texto
media-svg-parameter-entities = declara entidades de parámetro
media-svg-entities-markup = sus entidades XML contienen marcado u otras entidades
media-svg-layers-too-large = sus capas y filtros necesitarían unos { $size } MB a la vez
media-svg-too-many-nodes = más de { $max } formas y grupos que dibujar
media-svg-too-slow = dibujarla llevaría demasiado tiempo
media-svg-filter-too-large = un filtro cubre { $millions } millones de píxeles
media-svg-pattern-too-large = una tesela de patrón cubre { $millions } millones de píxeles
media-svg-invalid = no es un dibujo SVG válido: { $detail }
media-svg-no-size = el dibujo no tiene tamaño
media-clip = el clip de introducción "{ $file }" { $problem }
media-clip-undecodable = no se puede descodificar ({ $reason }); vuelve a guardarlo como WAV, OGG, FLAC o MP3
media-clip-bad-rate = dice que su frecuencia de muestreo es { $rate } Hz, lo cual es imposible; vuelve a guardarlo a 44,1 o 48 kHz
media-clip-bad-channels = dice que tiene { $count ->
    [one] { $count } canal
   *[other] { $count } canales
}; vuelve a guardarlo en mono o estéreo
media-clip-too-long = dura más de 30 segundos (o se descodificaría en más sonido que eso); recórtalo a unos pocos segundos
media-clip-silent = no tiene sonido; comprueba que sea el archivo correcto
media-clip-decoder-panicked = ha hecho fallar al descodificador de sonido; el archivo está dañado o no es lo que dice su nombre: vuelve a guardarlo como WAV, OGG, FLAC o MP3

# El nombre de la rutina incluida en los mensajes ($file: exercises.es.toml)
routine-bundled-name = { $file } (incluida)
