//! Hostile pictures and clips: writes each into a routine folder of its own, runs the real
//! decoding path on it (`worker::load_image`, `audio::load_intro`), each in a child process of
//! this example, and prints the result, the time taken and how much the child's peak memory
//! grew. Targets: a clear message within 2 s, under 100 MB more memory.
//!
//! `cargo run --release --example hostile_media`

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use repcue::media::hostile;
use rodio::Source;

/// Each case: name, file in the routine folder, picture (true) or intro clip.
const CASES: &[(&str, &str, bool)] = &[
    ("SVG nested 20,000 deep", "deep.svg", true),
    ("SVG with a 1e9 × 1e9 canvas", "canvas.svg", true),
    ("SVG with a huge blur", "blur.svg", true),
    ("SVG flooding 10,000 × its canvas", "flood.svg", true),
    ("SVG morphology, radius 1000", "morphology.svg", true),
    ("SVG use bomb (10^6 copies)", "use-bomb.svg", true),
    ("SVG entity bomb", "entities.svg", true),
    ("PNG bomb 11000 × 11000", "bomb.png", true),
    (
        "PNG 4000 × 4000 RGBA (largest allowed)",
        "largest.png",
        true,
    ),
    ("PNG 4000 × 4000 16-bit RGBA", "deep-colour.png", true),
    ("WAV saying 0 Hz", "zero-hz.wav", false),
    ("WAV cut off in its header", "truncated.wav", false),
    ("WAV claiming 2^31 bytes", "claims-2gb.wav", false),
    (
        "WAV of 29 s, 48 kHz stereo (longest allowed)",
        "long.wav",
        false,
    ),
    ("named pipe as a clip", "pipe.wav", false),
    ("named pipe as a picture", "pipe.png", true),
    ("link out of the folder", "link.png", true),
];

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, folder, file, kind] = &args[..]
        && flag == "--case"
    {
        run_case(Path::new(folder), file, kind == "picture");
        return Ok(());
    }
    let temp = tempfile::tempdir()?;
    let folder = temp.path().join("routine");
    std::fs::create_dir(&folder)?;
    write_files(temp.path(), &folder)?;
    let exe = std::env::current_exe()?;
    println!("| case | result | ms | peak growth (MB) |");
    println!("| --- | --- | --- | --- |");
    for (name, file, picture) in CASES {
        let kind = if *picture { "picture" } else { "clip" };
        let mut child = Command::new(&exe)
            .args(["--case", &folder.to_string_lossy(), file, kind])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        // A case that hangs (a pipe opened for reading) is stopped and shown as such.
        let started = Instant::now();
        let mut hung = false;
        while child.try_wait()?.is_none() {
            if started.elapsed() > Duration::from_secs(20) {
                child.kill()?;
                hung = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let output = child.wait_with_output()?;
        let line = String::from_utf8_lossy(&output.stdout).trim().to_string();
        let line = match (hung, line.is_empty()) {
            (true, _) => "HUNG (stopped after 20 s) | – | –".into(),
            (false, true) => format!("CRASHED ({}) | – | –", output.status),
            (false, false) => line,
        };
        println!("| {name} | {line} |");
    }
    Ok(())
}

/// Runs one case in this (child) process and prints "result | ms | MB".
fn run_case(folder: &Path, file: &str, picture: bool) {
    let before = reset_peak();
    let started = Instant::now();
    let result = if picture {
        repcue::worker::load_image(folder, file)
            .map(|image| format!("drawn, {} × {} px", image.size[0], image.size[1]))
            .map_err(|err| err.to_string())
    } else {
        repcue::audio::load_intro(folder, file)
            .map(|buffer| {
                let seconds = buffer.total_duration().map_or(0.0, |d| d.as_secs_f64());
                format!("decoded, {seconds:.1} s")
            })
            .map_err(|err| err.to_string())
    };
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let grown = status_kib("VmHWM").saturating_sub(before) as f64 / 1024.0;
    let result = match result {
        Ok(done) => format!("OK: {done}"),
        Err(message) => format!("refused: {message}"),
    };
    println!("{} | {ms:.1} | {grown:.1}", result.replace('|', "/"));
}

/// Resets the peak memory to the current one (Linux: `/proc/self/clear_refs`); returns it.
fn reset_peak() -> u64 {
    if let Err(err) = std::fs::write("/proc/self/clear_refs", "5") {
        eprintln!("cannot reset the peak memory ({err}); growth is from the start");
    }
    status_kib("VmRSS")
}

/// A memory figure of this process in KiB, from `/proc/self/status`.
fn status_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn write_files(outside: &Path, folder: &Path) -> anyhow::Result<()> {
    let write = |name: &str, bytes: &[u8]| std::fs::write(folder.join(name), bytes);
    write("deep.svg", hostile::deep_svg(20_000).as_bytes())?;
    write("canvas.svg", hostile::huge_canvas_svg().as_bytes())?;
    write("blur.svg", hostile::blur_svg().as_bytes())?;
    write("flood.svg", hostile::flood_svg().as_bytes())?;
    write("morphology.svg", hostile::morphology_svg().as_bytes())?;
    write("use-bomb.svg", hostile::use_bomb_svg(6).as_bytes())?;
    write("entities.svg", hostile::entity_bomb_svg().as_bytes())?;
    write("bomb.png", &hostile::png_bomb(11_000, 11_000))?;
    write("largest.png", &hostile::png_zeros(4000, 4000, 6, 8))?;
    write("deep-colour.png", &hostile::png_zeros(4000, 4000, 6, 16))?;
    let tone = [1000i16; 1600];
    write("zero-hz.wav", &hostile::wav(0, 1, 3200, &tone))?;
    write("truncated.wav", &hostile::wav(16_000, 1, 3200, &tone)[..30])?;
    write("claims-2gb.wav", &hostile::wav(16_000, 1, 1 << 31, &tone))?;
    let long: Vec<i16> = (0..29 * 48_000 * 2)
        .map(|i| (i % 200) as i16 * 50)
        .collect();
    write(
        "long.wav",
        &hostile::wav(48_000, 2, (long.len() * 2) as u32, &long),
    )?;
    for pipe in ["pipe.wav", "pipe.png"] {
        let made = Command::new("mkfifo").arg(folder.join(pipe)).status()?;
        anyhow::ensure!(made.success(), "mkfifo failed");
    }
    std::fs::write(outside.join("secret.png"), hostile::png_bomb(10, 10))?;
    link(&outside.join("secret.png"), &folder.join("link.png"))?;
    Ok(())
}

#[cfg(unix)]
fn link(target: &Path, link: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(target, link)
}

#[cfg(not(unix))]
fn link(target: &Path, link: &Path) -> std::io::Result<()> {
    std::fs::copy(target, link).map(|_| ())
}
