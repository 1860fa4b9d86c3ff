//! The person's settings: `settings.toml` in the config folder, written whole through a
//! temporary file and a rename. Read key by key, so an old file, a partial one or one bad value
//! keeps every other setting; lines that are not TOML are passed over, with a copy of the file
//! as it was kept aside.

use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::de::{DeTable, DeValue};

use crate::i18n::Choice;
use crate::routine::Diagnostic;
use crate::t;

/// The settings file's name in the config folder.
pub const FILE_NAME: &str = "settings.toml";

/// The settings file's first line: the file reads the same whatever the language.
const HEADER: &str = "# Repcue settings. Written by the app; edits are kept where they are valid."; // not translated: a line of the file

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Whatever the desktop uses.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Text size factors the app offers (Ctrl+= / Ctrl+- step through them).
pub const TEXT_SIZES: [f32; 7] = [0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75];

/// Spoken words, or short tones only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SoundMode {
    /// Words for phases, counts and names.
    #[default]
    Voice,
    /// A start tone, a tick and an end tone.
    Beeps,
}

/// The sound part of the settings (also what the sound output is told). Its keys keep their
/// names in the file: `sound`, `sound_mode`, `volume`, `countdown`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SoundSettings {
    /// Sound on.
    #[serde(rename = "sound")]
    pub enabled: bool,
    /// Voice or beeps only.
    #[serde(rename = "sound_mode")]
    pub mode: SoundMode,
    /// 0.0 to 1.0.
    pub volume: f32,
    /// "Three, two, one" (or ticks) before the end of get-ready, rests and side switches.
    pub countdown: bool,
}

impl Default for SoundSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            mode: SoundMode::Voice,
            volume: 0.8,
            countdown: true,
        }
    }
}

/// Everything the person can set: one value, edited in place by the app and written whole.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Sound on/off, voice or beeps, volume, countdown.
    #[serde(flatten)]
    pub sound: SoundSettings,
    /// Light, dark or the desktop's.
    pub theme: Theme,
    /// Text size factor, one of [`TEXT_SIZES`].
    pub text_size: f32,
    /// Ask "How is your pain right now?" before each session.
    pub pain_check: bool,
    /// The language of the words on screen and spoken: the system's, or a fixed one.
    pub language: Choice,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            sound: SoundSettings::default(),
            theme: Theme::System,
            text_size: 1.0,
            pain_check: true,
            language: Choice::System,
        }
    }
}

impl Settings {
    /// The offered text size nearest to `text_size`, as an index into [`TEXT_SIZES`].
    pub fn text_size_step(&self) -> usize {
        TEXT_SIZES
            .iter()
            .enumerate()
            .min_by(|a, b| {
                let da = (a.1 - self.text_size).abs();
                let db = (b.1 - self.text_size).abs();
                da.total_cmp(&db)
            })
            .map_or(2, |(i, _)| i)
    }

    /// The file's text.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!("{HEADER}\n{body}")
    }
}

/// Settings as read, with what was wrong with the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The settings (defaults where the file said nothing usable).
    pub settings: Settings,
    /// Problems, each saying where and what was kept instead.
    pub problems: Vec<String>,
}

/// Reads settings from `text` (`file` names it in messages). Lines that are not valid TOML are
/// reported and passed over; the rest still counts. Also says whether any line was not TOML.
pub fn parse(text: &str, file: &str) -> (Loaded, bool) {
    let (root, errors) = DeTable::parse_recoverable(text);
    let mut problems: Vec<String> = errors
        .iter()
        .map(|err| {
            let span = err.span().unwrap_or(0..0);
            Diagnostic::at(
                text,
                span,
                t!(
                    "store-settings-line-skipped",
                    problem = err.message().trim_end()
                ),
            )
            .render(file)
        })
        .collect();
    let mut settings = Settings::default();
    // Values on a line with a syntax error are guesses of the parser: not used.
    let broken: Vec<std::ops::Range<usize>> = errors.iter().filter_map(|e| e.span()).collect();
    let line_of = |at: usize| {
        text.as_bytes()[..at.min(text.len())]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
    };
    for (key, value) in root.get_ref() {
        let line = line_of(key.span().start);
        if broken.iter().any(|span| line_of(span.start) == line) {
            continue;
        }
        let problem = |expected: String| {
            Diagnostic::at(
                text,
                value.span(),
                t!(
                    "store-settings-bad-value",
                    key = key.get_ref().as_ref(),
                    expected = expected
                ),
            )
            .render(file)
        };
        let value = value.get_ref();
        let result = match key.get_ref().as_ref() {
            "sound" => boolean(value).map(|v| settings.sound.enabled = v),
            "countdown" => boolean(value).map(|v| settings.sound.countdown = v),
            "pain_check" => boolean(value).map(|v| settings.pain_check = v),
            "volume" => number(value)
                .filter(|v| (0.0..=1.0).contains(v))
                .map(|v| settings.sound.volume = v as f32),
            "text_size" => number(value)
                .filter(|v| (0.5..=3.0).contains(v))
                .map(|v| settings.text_size = v as f32),
            "sound_mode" => word(
                value,
                &[("voice", SoundMode::Voice), ("beeps", SoundMode::Beeps)],
            )
            .map(|v| settings.sound.mode = v),
            "theme" => word(
                value,
                &[
                    ("system", Theme::System),
                    ("light", Theme::Light),
                    ("dark", Theme::Dark),
                ],
            )
            .map(|v| settings.theme = v),
            "language" => word(
                value,
                &[
                    ("system", Choice::System),
                    ("english", Choice::English),
                    ("spanish", Choice::Spanish),
                ],
            )
            .map(|v| settings.language = v),
            // A key from a newer Repcue: left alone.
            _ => Some(()),
        };
        if result.is_none() {
            problems.push(problem(match key.get_ref().as_ref() {
                "volume" => t!("store-expected-volume"),
                "text_size" => t!("store-expected-text-size"),
                "sound_mode" => t!("store-expected-sound-mode"),
                "theme" => t!("store-expected-theme"),
                "language" => t!("store-expected-language"),
                _ => t!("store-expected-boolean"),
            }));
        }
    }
    let damaged = !errors.is_empty();
    (Loaded { settings, problems }, damaged)
}

fn boolean(value: &DeValue<'_>) -> Option<bool> {
    match value {
        DeValue::Boolean(b) => Some(*b),
        _ => None,
    }
}

fn number(value: &DeValue<'_>) -> Option<f64> {
    match value {
        DeValue::Float(f) => f.as_str().replace('_', "").parse().ok(),
        DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
            .ok()
            .map(|i| i as f64),
        _ => None,
    }
    .filter(|f: &f64| f.is_finite())
}

fn word<T: Copy>(value: &DeValue<'_>, words: &[(&str, T)]) -> Option<T> {
    let DeValue::String(text) = value else {
        return None;
    };
    words
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(text.trim()))
        .map(|(_, v)| *v)
}

/// Reads the settings in `config`. A missing file gives the defaults; lines that are not valid
/// TOML are passed over (and said so), with a copy of the file as it was kept aside.
pub fn load(config: &Path) -> Loaded {
    let path = config.join(FILE_NAME);
    let defaults = |problems| Loaded {
        settings: Settings::default(),
        problems,
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return defaults(Vec::new()),
        Err(err) => {
            return defaults(vec![t!(
                "store-settings-cannot-read",
                file = path.display().to_string(),
                reason = err.to_string()
            )]);
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let (mut loaded, damaged) = parse(&text, &path.display().to_string());
    if damaged {
        // The next save rewrites the file from what could be read: keep it as it was too.
        let kept = super::keep_aside(&path, jiff::Timestamp::now());
        loaded.problems.push(match kept {
            Ok(copy) => t!("store-settings-damaged", copy = copy.display().to_string()),
            Err(err) => t!("store-settings-damaged-no-copy", reason = err.to_string()),
        });
    }
    loaded
}

/// Writes the settings (temporary file, then rename). Keys this version does not know (from a
/// newer Repcue) are kept as they were.
pub fn save(config: &Path, settings: &Settings) -> std::io::Result<()> {
    let path = config.join(FILE_NAME);
    let mut text = settings.to_toml();
    let ours = Settings::default().to_toml();
    let known = |key: &str| {
        ours.lines()
            .any(|line| line.starts_with(&format!("{key} =")))
    };
    if let Ok(old) = std::fs::read_to_string(&path)
        && let Ok(table) = old.parse::<toml::Table>()
    {
        let mut others = toml::Table::new();
        for (key, value) in table {
            if !known(&key) {
                others.insert(key, value);
            }
        }
        if !others.is_empty()
            && let Ok(extra) = toml::to_string(&others)
        {
            text.push_str(&extra);
        }
    }
    super::write_atomic(&path, text.as_bytes())
}

/// The settings that decide how the app starts (the language), read without writing anything:
/// a damaged file is not kept aside here, [`load`] does that when the window opens.
pub fn peek(config: &Path) -> Settings {
    match crate::media::read_bounded(&config.join(FILE_NAME), 1 << 20) {
        Ok(Some(bytes)) => {
            parse(&String::from_utf8_lossy(&bytes), FILE_NAME)
                .0
                .settings
        }
        _ => Settings::default(),
    }
}

#[cfg(test)]
mod tests;
