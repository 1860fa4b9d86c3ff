use super::*;

#[test]
fn settings_round_trip_through_the_file() {
    let dir = tempfile::tempdir().expect("dir");
    let settings = Settings {
        sound: SoundSettings {
            enabled: false,
            mode: SoundMode::Beeps,
            volume: 0.35,
            countdown: false,
        },
        theme: Theme::Dark,
        text_size: 1.3,
        pain_check: false,
        language: crate::i18n::Choice::Spanish,
    };
    save(dir.path(), &settings).expect("save");
    let loaded = load(dir.path());
    assert_eq!(loaded.settings, settings);
    assert!(loaded.problems.is_empty());
}

#[test]
fn a_partial_or_old_file_keeps_what_it_says() {
    let (loaded, _) = parse("theme = \"light\"\nold_key = 3\n", "settings.toml");
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
    let (loaded, _) = parse(text, "settings.toml");
    assert_eq!(loaded.settings.sound.volume, 0.2);
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
fn a_cut_or_damaged_file_keeps_its_good_lines_and_a_copy() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join(FILE_NAME);
    let text = "pain_check = false\nvolume = = 3\ntheme = \"da";
    std::fs::write(&path, text).expect("write");
    let loaded = load(dir.path());
    assert!(!loaded.settings.pain_check, "the good line still counts");
    assert_eq!(
        loaded.settings.sound.volume,
        Settings::default().sound.volume
    );
    assert!(
        loaded.problems.iter().any(|p| p.contains(":2:")),
        "{:?}",
        loaded.problems
    );
    let copy = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().contains("unreadable"))
        .expect("a copy");
    assert_eq!(std::fs::read_to_string(copy.path()).expect("read"), text);
}

#[test]
fn saving_keeps_keys_from_a_newer_version() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join(FILE_NAME);
    std::fs::write(&path, "theme = \"dark\"\nreminder_hour = 18\n").expect("write");
    let mut settings = load(dir.path()).settings;
    settings.sound.volume = 0.5;
    save(dir.path(), &settings).expect("save");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains("reminder_hour = 18"), "{text}");
    let again = load(dir.path());
    assert_eq!(again.settings, settings);
    assert!(again.problems.is_empty());
}

#[test]
fn the_language_choice_is_read_and_peeked_without_writing() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join(FILE_NAME),
        "language = \"spanish\"\n[[broken\n",
    )
    .expect("write");
    assert_eq!(peek(dir.path()).language, crate::i18n::Choice::Spanish);
    // Peeking keeps nothing aside: only the settings file is there.
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
    let (loaded, _) = parse("language = \"klingon\"\n", "settings.toml");
    assert_eq!(loaded.settings.language, crate::i18n::Choice::System);
    assert!(loaded.problems[0].contains("\"system\", \"english\" or \"spanish\""));
}
