# Sourced by the scripts that give the real app a sound device of its own: a private PulseAudio
# server whose only output is a null sink (no sound card needed; the desktop's own sound server
# is left alone). Needs: pulseaudio pulseaudio-utils libasound2-plugins.
# start_pulse DIR: starts the server with its socket in DIR, exports PULSE_SERVER, and keeps the
# null sink running in small blocks with a silent stream (so a recording keeps real time).
# Scripts call stop_pulse from their own EXIT trap.

PULSE_PIDS=()

start_pulse() {
    local dir=$1
    mkdir -p "$dir/run"
    cat >"$dir/server.pa" <<PA
load-module module-native-protocol-unix auth-anonymous=1 socket=$dir/native
load-module module-null-sink sink_name=capture rate=48000 channels=2
set-default-sink capture
set-default-source capture.monitor
PA
    XDG_RUNTIME_DIR="$dir/run" HOME="$dir" pulseaudio -n -F "$dir/server.pa" --daemonize=no \
        --exit-idle-time=-1 >"$dir/pulse.log" 2>&1 &
    PULSE_PIDS+=($!)
    export PULSE_SERVER="unix:$dir/native"
    for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.05; done
    if ! pactl info >/dev/null 2>&1; then
        echo "PulseAudio did not start" >&2
        cat "$dir/pulse.log" >&2
        return 1
    fi
    pacat --playback --latency-msec=20 --rate=48000 --channels=2 --format=s16le --raw /dev/zero \
        >/dev/null 2>&1 &
    PULSE_PIDS+=($!)
}

stop_pulse() {
    local pid
    for pid in "${PULSE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
}
