### The sound output and the spoken words: why sound or speech is unavailable.

sound-no-output = no sound output ({ $why })
sound-thread-failed = cannot start the sound thread: { $why }
sound-failed-repeatedly = the sound failed again and again and is off until Repcue is restarted
# $clip: the routine's intro clip, as written in the routine
sound-intro-failed = intro clip "{ $clip }" made the sound fail, so it is left out; the exercise's name is said instead
sound-output-stopped = the sound output stopped working

speech-not-installed = espeak-ng is not installed
speech-failed = espeak-ng failed: { $why }
speech-timed-out = espeak-ng did not finish within { $seconds } s
speech-unusable = espeak-ng made no usable sound ({ $why })
speech-too-long = far too long
speech-only-silence = only silence
speech-stopped-unexpectedly = it stopped unexpectedly
speech-cannot-start = cannot start speaking: { $why }
