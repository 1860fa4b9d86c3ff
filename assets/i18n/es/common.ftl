### Números, fechas, duraciones y cuentas: cómo se escribe cada número que se lee.

## Números
number-decimal-separator = ,

## Duraciones ($s puede llevar decimales: 1,5)
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-minutes-seconds = { $m } min { $s } s
duration-hours-minutes = { $h } h { $m } min

## Fechas
date-weekday = { $weekday ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
date-month = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
# "lun 7 dic 2026"
date-long = { $weekday } { $day } { $month } { $year }
# "lun 7 dic"
date-short = { $weekday } { $day } { $month }
# "7 dic 2026"
date-plain = { $day } { $month } { $year }
# "7 dic 26"
date-axis = { $day } { $month } { $year }
# "lun 7 dic 2026, 14:05"
date-time = { $date }, { $time }

## Cuentas
count-sets = { $count ->
    [one] { $count } serie
   *[other] { $count } series
}
count-reps = { $count ->
    [one] { $count } repetición
   *[other] { $count } repeticiones
}
count-weeks = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
count-sessions = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
count-exercises = { $count ->
    [one] { $count } ejercicio
   *[other] { $count } ejercicios
}
count-steps = { $count ->
    [one] { $count } paso
   *[other] { $count } pasos
}
count-times = { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}
count-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
count-seconds = { $count ->
    [one] { $count } segundo
   *[other] { $count } segundos
}

## Lados
side-left = lado izquierdo
side-right = lado derecho
