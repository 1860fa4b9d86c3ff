# Sourced by the scripts that run the real app in a private X server (Xvfb, software GL).
# Needs: xvfb, x11-utils (xdpyinfo). Scripts call stop_all from their own EXIT trap, so nothing
# is left running.

APP_PIDS=()
XVFB_PIDS=()

start_xvfb() {
    local size=${1:-1280x720} d
    for d in $(seq 90 140); do
        [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ] || break
    done
    Xvfb ":$d" -screen 0 "${size}x24" -nolisten tcp -noreset >/dev/null 2>&1 &
    XVFB_PID=$!
    XVFB_PIDS+=("$XVFB_PID")
    export DISPLAY=":$d"
    for _ in $(seq 100); do
        xdpyinfo >/dev/null 2>&1 && return 0
        sleep 0.05
    done
    echo "Xvfb did not start" >&2
    return 1
}

stop_all() {
    local pid
    for pid in "${APP_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${XVFB_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
}

# start_app LOGFILE ARGS... : runs the app with its first-frame report on, sets APP_PID and
# APP_T0 (launch time in ns).
start_app() {
    local log=$1; shift
    APP_T0=$(date +%s%N)
    REPCUE_REPORT_FIRST_FRAME=1 "$@" >"$log" 2>&1 &
    APP_PID=$!
    APP_PIDS+=("$APP_PID")
}

# wait_first_frame LOGFILE: prints milliseconds from launch to the app's first frame.
wait_first_frame() {
    local log=$1
    for _ in $(seq 3000); do
        if grep -q "first frame after" "$log" 2>/dev/null; then
            echo $(( ($(date +%s%N) - APP_T0) / 1000000 ))
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited:" >&2; cat "$log" >&2; return 1; }
        sleep 0.01
    done
    echo "no first frame after 30 s" >&2
    return 1
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# cpu_ns PID: CPU time of all PID's threads, those that have ended included, in nanoseconds
# (the process's CPU-time clock: finer than ticks; summing the live threads would lose a thread
# that ends between two readings, such as the sound output's when it closes).
cpu_ns() {
    # The id clock_getcpuclockid(3) gives for PID, made by hand (Python has no binding for it).
    python3 -c 'import sys, time; print(time.clock_gettime_ns(((~int(sys.argv[1])) << 3) | 2))' "$1"
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# cpu_percent PID SECONDS: CPU used by PID over SECONDS of wall time.
cpu_percent() {
    local pid=$1 seconds=$2 c1 c2 t1 t2
    c1=$(cpu_ticks "$pid"); t1=$(date +%s%N)
    sleep "$seconds"
    c2=$(cpu_ticks "$pid"); t2=$(date +%s%N)
    awk -v a="$c1" -v b="$c2" -v k="$(getconf CLK_TCK)" -v w=$(( t2 - t1 )) \
        'BEGIN { printf "%.1f", 100 * (b - a) / k / (w / 1e9) }'
}
