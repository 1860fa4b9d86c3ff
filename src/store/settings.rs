//! The person's settings: `settings.toml` in the config folder, written whole through a
//! temporary file and a rename. Read key by key, so an old file, a partial one or one bad value
//! keeps every other setting; a file that is not TOML at all is moved aside.

use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::de::{DeTable, DeValue};

use crate::audio::{SoundMode, SoundSettings};
use crate::routine::Diagnostic;

/// The settings file's name in the config folder.
pub const FILE_NAME: &str = "settings.toml";

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

/// Everything the person can set.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Sound on.
    pub sound: bool,
    /// Spoken words or beeps.
    pub sound_mode: SoundMode,
    /// 0.0 to 1.0.
    pub volume: f32,
    /// "Three, two, one" before the end of get-ready, rests and side switches.
    pub countdown: bool,
    /// Light, dark or the desktop's.
    pub theme: Theme,
    /// Text size factor, one of [`TEXT_SIZES`].
    pub text_size: f32,
    /// Ask "How is your pain right now?" before each session.
    pub pain_check: bool,
}

impl Default for Settings {
    fn default() -> Self {
        let sound = SoundSettings::default();
        Self {
            sound: sound.enabled,
            sound_mode: sound.mode,
            volume: sound.volume,
            countdown: sound.countdown,
            theme: Theme::System,
            text_size: 1.0,
            pain_check: true,
        }
    }
}

impl Settings {
    /// Defaults with this sound part.
    pub fn from_sound(sound: SoundSettings) -> Self {
        let mut settings = Self::default();
        settings.set_sound(sound);
        settings
    }

    /// The sound part.
    pub fn sound_settings(&self) -> SoundSettings {
        SoundSettings {
            enabled: self.sound,
            mode: self.sound_mode,
            volume: self.volume,
            countdown: self.countdown,
        }
    }

    /// Takes the sound part.
    pub fn set_sound(&mut self, sound: SoundSettings) {
        self.sound = sound.enabled;
        self.sound_mode = sound.mode;
        self.volume = sound.volume;
        self.countdown = sound.countdown;
    }

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
        format!(
            "# Repcue settings. Written by the app; edits are kept where they are valid.\n{body}"
        )
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

/// Reads settings from `text` (`file` names it in messages).
pub fn parse(text: &str, file: &str) -> Result<Loaded, String> {
    let root = DeTable::parse(text).map_err(|err| {
        let span = err.span().unwrap_or(0..0);
        Diagnostic::at(text, span, err.message().to_string()).render(file)
    })?;
    let mut settings = Settings::default();
    let mut problems = Vec::new();
    for (key, value) in root.get_ref() {
        let problem = |expected: &str| {
            Diagnostic::at(
                text,
                value.span(),
                format!(
                    "`{}` must be {expected}; the default is used",
                    key.get_ref()
                ),
            )
            .render(file)
        };
        let value = value.get_ref();
        let result = match key.get_ref().as_ref() {
            "sound" => boolean(value).map(|v| settings.sound = v),
            "countdown" => boolean(value).map(|v| settings.countdown = v),
            "pain_check" => boolean(value).map(|v| settings.pain_check = v),
            "volume" => number(value)
                .filter(|v| (0.0..=1.0).contains(v))
                .map(|v| settings.volume = v as f32),
            "text_size" => number(value)
                .filter(|v| (0.5..=3.0).contains(v))
                .map(|v| settings.text_size = v as f32),
            "sound_mode" => word(
                value,
                &[("voice", SoundMode::Voice), ("beeps", SoundMode::Beeps)],
            )
            .map(|v| settings.sound_mode = v),
            "theme" => word(
                value,
                &[
                    ("system", Theme::System),
                    ("light", Theme::Light),
                    ("dark", Theme::Dark),
                ],
            )
            .map(|v| settings.theme = v),
            // A key from a newer Repcue: left alone.
            _ => Some(()),
        };
        if result.is_none() {
            problems.push(problem(match key.get_ref().as_ref() {
                "volume" => "a number from 0.0 to 1.0",
                "text_size" => "a number from 0.5 to 3.0",
                "sound_mode" => "\"voice\" or \"beeps\"",
                "theme" => "\"system\", \"light\" or \"dark\"",
                _ => "true or false",
            }));
        }
    }
    Ok(Loaded { settings, problems })
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

/// Reads the settings in `config`. A missing file gives the defaults; a file that is not valid
/// TOML is moved aside (and said so), never overwritten.
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
            return defaults(vec![format!(
                "Cannot read {}: {err}. The default settings are used until it can be.",
                path.display()
            )]);
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    match parse(&text, &path.display().to_string()) {
        Ok(loaded) => loaded,
        Err(message) => {
            let moved = super::history::move_aside(&path, jiff::Timestamp::now());
            let whereto = match moved {
                Ok(aside) => format!("It was moved to {}.", aside.display()),
                Err(err) => format!("It could not be moved aside ({err}) and is left as it is."),
            };
            defaults(vec![format!(
                "The settings file could not be read, so the defaults are used. {whereto}\n{message}"
            )])
        }
    }
}

/// Writes the settings (temporary file, then rename).
pub fn save(config: &Path, settings: &Settings) -> std::io::Result<()> {
    super::write_atomic(&config.join(FILE_NAME), settings.to_toml().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_through_the_file() {
        let dir = tempfile::tempdir().expect("dir");
        let settings = Settings {
            sound: false,
            sound_mode: SoundMode::Beeps,
            volume: 0.35,
            countdown: false,
            theme: Theme::Dark,
            text_size: 1.3,
            pain_check: false,
        };
        save(dir.path(), &settings).expect("save");
        let loaded = load(dir.path());
        assert_eq!(loaded.settings, settings);
        assert!(loaded.problems.is_empty());
    }

    #[test]
    fn a_partial_or_old_file_keeps_what_it_says() {
        let loaded = parse("theme = \"light\"\nold_key = 3\n", "settings.toml").expect("parse");
        assert_eq!(loaded.settings.theme, Theme::Light);
        assert_eq!(
            Settings {
                theme: Theme::Dark,
                ..loaded.settings
            },
            Settings {
                theme: Theme::Dark,
                ..Settings::default()
            }
        );
        assert!(loaded.problems.is_empty());
    }

    #[test]
    fn one_bad_value_keeps_the_others_and_says_where() {
        let text = "volume = 0.2\ntheme = \"purple\"\npain_check = false\n";
        let loaded = parse(text, "settings.toml").expect("parse");
        assert_eq!(loaded.settings.volume, 0.2);
        assert!(!loaded.settings.pain_check);
        assert_eq!(loaded.settings.theme, Theme::System);
        assert_eq!(loaded.problems.len(), 1);
        assert!(
            loaded.problems[0].starts_with("settings.toml:2:9: `theme` must be"),
            "{}",
            loaded.problems[0]
        );
    }

    #[test]
    fn a_file_that_is_not_toml_is_moved_aside() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "volume = = 3\n[[[").expect("write");
        let loaded = load(dir.path());
        assert_eq!(loaded.settings, Settings::default());
        assert!(
            loaded.problems[0].contains("moved to"),
            "{:?}",
            loaded.problems
        );
        assert!(!path.exists());
        let aside: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(
            std::fs::read_to_string(aside[0].path()).expect("read"),
            "volume = = 3\n[[["
        );
    }
}
