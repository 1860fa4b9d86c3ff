### La salida de sonido y las palabras habladas: por qué no hay sonido o voz.

sound-no-output = no hay salida de sonido ({ $why })
sound-thread-failed = no se pudo poner en marcha el sonido: { $why }
sound-failed-repeatedly = el sonido falló una y otra vez y queda desactivado hasta que vuelvas a abrir Repcue
# $clip: el clip de introducción de la rutina, tal como está escrito en ella
sound-intro-failed = el clip de introducción "{ $clip }" hizo fallar el sonido, así que se omite; en su lugar se dice el nombre del ejercicio
sound-output-stopped = la salida de sonido dejó de funcionar

speech-not-installed = espeak-ng no está instalado
speech-failed = espeak-ng falló: { $why }
speech-timed-out = espeak-ng no terminó en { $seconds } s
speech-unusable = espeak-ng no produjo un sonido utilizable ({ $why })
speech-too-long = demasiado largo
speech-only-silence = solo silencio
speech-stopped-unexpectedly = se detuvo de forma inesperada
speech-cannot-start = no se pudo empezar a hablar: { $why }
