"""Reads what a run of `repcue` with REPCUE_FRAME_STATS=1 printed, and what /proc said about it,
for scripts/bench-ui.

    frame_stats.py frames LOG T1 T2   frames between unix times T1 and T2: fps, CPU ms per
                                      frame (UI thread, whole process) p50/p99, what asked
    frame_stats.py memory SMAPS LOG   resident memory by kind, with the app's textures and clips
"""

import collections
import re
import sys


def percentile(values, p):
    values = sorted(values)
    if not values:
        return 0.0
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def frames(log, t1, t2):
    rows = []
    for line in open(log, errors="replace"):
        m = re.match(r"repcue-frame unix=([\d.]+) ui_us=(\d+) process_us=(\d+) why=(\S+)", line)
        if m and t1 <= float(m.group(1)) <= t2:
            rows.append((int(m.group(2)), int(m.group(3)), m.group(4).split(",")))
    seconds = t2 - t1
    asked = collections.Counter(w for _, _, why in rows for w in why)
    ui = [r[0] / 1000 for r in rows]
    process = [r[1] / 1000 for r in rows]
    # The CPU of a frame is read at the next one: the first frame's figure is its predecessor's.
    print(
        f"{len(rows) / seconds:.2f} fps · CPU ms per frame: UI thread p50 {percentile(ui, 50):.1f} "
        f"p99 {percentile(ui, 99):.1f}, whole process p50 {percentile(process, 50):.1f} "
        f"p99 {percentile(process, 99):.1f} · asked by: "
        + (", ".join(f"{w} {n}" for w, n in asked.most_common()) or "nothing")
    )


def memory(smaps, log):
    kinds = collections.Counter()
    name = ""
    for line in open(smaps):
        head = line.split()
        if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
            name = head[5] if len(head) > 5 else ""
        elif head and head[0] == "Rss:":
            kb = int(head[1])
            if not name or name.startswith("["):
                kinds["anonymous (heap, stacks, renderer buffers)"] += kb
            elif "LLVM" in name:
                kinds["libLLVM (software GL's compiler)"] += kb
            elif "/dri/" in name or "gallium" in name or "mesa" in name.lower():
                kinds["Mesa drivers"] += kb
            elif name.endswith(("repcue", "floor_window")):
                kinds["the program"] += kb
            else:
                kinds["other libraries and files"] += kb
    total = sum(kinds.values())
    parts = ", ".join(f"{k} {v / 1024:.0f}" for k, v in kinds.most_common())
    print(f"RSS {total / 1024:.0f} MB = {parts}")
    last = None
    for line in open(log, errors="replace"):
        if line.startswith("repcue-memory "):
            last = line
    if last:
        fields = dict(f.split("=", 1) for f in last.split()[1:] if "=" in f)
        textures = int(fields.get("textures_bytes", 0))
        atlas = fields.get("egui_font_texture", "?:0")
        clips = int(fields.get("clips_bytes", 0))
        print(
            f"  of the anonymous: textures {textures / 2**20:.1f} MB (font atlas "
            f"{atlas.split(':')[0]}; the renderer keeps a copy of each), sound clips "
            f"{clips / 2**20:.1f} MB"
        )


if __name__ == "__main__":
    if sys.argv[1] == "frames":
        frames(sys.argv[2], float(sys.argv[3]), float(sys.argv[4]))
    else:
        memory(sys.argv[2], sys.argv[3])
