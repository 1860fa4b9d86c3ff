### player: el reproductor de la sesión, la pregunta por el dolor antes de una sesión, las piezas
### que comparten las pantallas, los textos de seguridad, las palabras de los pasos del plan y cómo
### terminó una sesión.

## Barra superior del reproductor

player-place = Ejercicio { $index } de { $count }
player-place-left = Ejercicio { $index } de { $count } · quedan { $left }
player-sound-on = Sonido activado
player-sound-off = Sonido desactivado
player-no-sound = Sin sonido
player-no-sound-hint = Sigue la pantalla; el sonido volverá cuando se detecte un altavoz.

## Controles del reproductor

player-stop-hurts = Parar — me duele
player-pause = Pausa
player-resume = Continuar
player-previous = Anterior
player-next-button = Siguiente
player-restart-exercise = Reiniciar ejercicio
player-end-session = Terminar la sesión

## Zona principal del reproductor

player-paused-word = EN PAUSA
player-paused-line = En pausa: pulsa Espacio para continuar
player-seconds-left = { $count ->
    [one] Queda { $count } segundo
   *[other] Quedan { $count } segundos
}
player-rep-done = Repetición hecha
player-rep-done-hint = Púlsalo cuando termines esta repetición (Enter)
player-rep-of = Repetición { $rep } de { $count }
player-set-of = Serie { $set } de { $count }
player-get-into-position-side = Colócate en posición: { $side }
player-get-into-position = Colócate en posición
player-breathe = Respira y relájate
player-up-next = A continuación: { $name }
player-next = Después: { $what }
player-next-exercise = Después: el siguiente ejercicio
player-next-rep = repetición { $rep }
player-last-step = Último paso
player-caution = Precaución

## La pregunta por el dolor antes de una sesión

player-pain-question = ¿Cuánto te duele ahora mismo?
player-dont-start = Hoy no empieces
player-start-anyway = Empezar de todos modos
player-start-session = Empezar la sesión
player-skip = Saltar
player-skip-hint = Empezar sin anotar el dolor
player-dont-exercise-title = Por favor, hoy no hagas ejercicio
player-pain-over-limit = Tu dolor es de { $score } sobre 10. Tu fisioterapeuta te pidió que no hicieras ejercicio cuando el dolor pase de { $limit } sobre 10. Descansa en una postura cómoda y ponte en contacto con tu fisioterapeuta para que te aconseje.
player-pain-high = Con un dolor tan fuerte, lo indicado es descansar, no hacer ejercicio. Descansa en una postura cómoda y pide consejo a tu fisioterapeuta o a tu médico, hoy mismo si puedes.
player-before-you-start = Antes de empezar
player-before-you-start-text = Si el dolor es mucho peor de lo habitual, o notas alguna de las señales de alarma que aparecen abajo, no empieces: descansa y pide consejo.

## Piezas que comparten las pantallas

player-details = Detalles para tu fisioterapeuta
player-pain-score = Dolor { $score } de 10
player-pain-scale = 0 = sin dolor, 10 = el peor imaginable · ahora: { $meaning }
player-pain-not-recorded = sin anotar
player-pain-none = sin dolor
player-pain-mild = leve
player-pain-moderate = moderado
player-pain-severe = intenso
player-help = Ayuda
player-help-hint = Atajos de teclado (F1)
player-full-screen = Pantalla completa
player-leave-full-screen = Salir de pantalla completa
player-sound-on-key = Sonido activado (M)
player-spoken-words = Indicaciones por voz
player-beeps-only = Solo pitidos
player-volume = Volumen
player-done-of = { $done } de { $planned }
player-column-exercise = Ejercicio
player-column-sets = Series
player-column-reps = Repeticiones
player-column-holds = Posiciones mantenidas
player-column-skipped = Pasos saltados
player-column-time = Tiempo
player-back = Volver

## Textos de seguridad

safety-notice = Sigue las indicaciones de tu fisioterapeuta y haz cada ejercicio como te lo enseñaron. Muévete despacio y no dejes de respirar. Si un ejercicio te duele, para enseguida: pulsa «Parar — me duele».
safety-after-pain = Hiciste bien en parar. Descansa en una postura cómoda. Cuéntale a tu fisioterapeuta lo que pasó.
safety-urgent-heading = Busca ayuda urgente ahora —llama a emergencias o ve a un servicio de urgencias— si tienes:
safety-urgent-bladder = No puedes controlar la vejiga o el intestino, o no puedes orinar
safety-urgent-saddle = Adormecimiento entre las piernas o alrededor del ano o los genitales (la zona en silla de montar)
safety-urgent-weakness = Debilidad repentina en las dos piernas, o las piernas te fallan
safety-urgent-fever = Dolor de espalda con fiebre alta, o después de una caída o un accidente
safety-contact-heading = Consulta a tu fisioterapeuta o a tu médico si notas:
safety-contact-pain = Dolor que no se calma, o que empeora, incluso en reposo
safety-contact-numbness = Adormecimiento u hormigueo en una pierna, una nalga o un pie
safety-contact-weakness = Debilidad sin causa aparente
safety-contact-walking = Dificultad para caminar o para mantenerte de pie

## Las palabras de los pasos del plan (en mayúsculas en el reproductor)

step-get-ready = Prepárate
step-up = Arriba
step-hold = Mantén
step-down = Abajo
step-your-pace = A tu ritmo
step-rest = Descansa
step-switch-sides = Cambia de lado
step-left-side = Lado izquierdo
step-right-side = Lado derecho

## Cómo terminó una sesión (historial, informes)

session-ending-completed = completada
session-ending-finished-with-skips = terminada con pasos saltados
session-ending-ended-early = terminada antes de tiempo
session-ending-stopped-for-pain = parada por dolor
session-ending-interrupted = interrumpida

## Dónde se terminó antes una sesión, unido con ", ": "Almeja, serie 1, lado derecho, repetición 7"

session-stopped-after = { $name }, en el descanso posterior
session-stopped-set = serie { $set }
session-stopped-rep = repetición { $rep }
session-stopped-getting-ready = preparándote
session-stopped-switching-sides = cambiando de lado
session-stopped-resting-before-rep = descansando antes de la repetición { $rep }
session-stopped-resting-before-set = descansando antes de la serie { $set }
session-stopped-resting = descansando

## Si la sesión ya está en el historial (resumen)

session-saving = Guardando en tu historial…
session-saved = Guardada en tu historial.
session-not-kept = No se guardó: este sistema no tiene carpeta personal.
session-not-saved = No se guardó: { $why }
