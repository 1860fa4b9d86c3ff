//! The desktop entry, the AppStream metadata and the icons agree with the app id the window
//! uses, and pass the freedesktop validators (where installed; CI installs them).

use std::path::Path;
use std::process::Command;

use repcue::APP_ID;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

fn entry_path() -> String {
    format!("assets/desktop/{APP_ID}.desktop")
}

fn metainfo_path() -> String {
    format!("assets/desktop/{APP_ID}.metainfo.xml")
}

/// The value of `key` in the desktop entry.
fn key(entry: &str, key: &str) -> String {
    entry
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("the desktop entry has no {key}"))
        .to_string()
}

#[test]
fn the_desktop_entry_opens_routine_files_and_names_the_window_and_icon() {
    let entry = read(&entry_path());
    assert_eq!(key(&entry, "Exec"), "repcue %f");
    assert_eq!(key(&entry, "Icon"), APP_ID);
    assert_eq!(key(&entry, "StartupWMClass"), APP_ID);
    assert_eq!(key(&entry, "Categories"), "Utility;MedicalSoftware;");
    assert!(
        key(&entry, "MimeType")
            .split(';')
            .any(|m| m == "application/toml")
    );
    assert!(key(&entry, "Keywords").contains("physiotherapy"));
}

#[test]
fn the_metadata_describes_the_same_app() {
    let meta = read(&metainfo_path());
    assert!(meta.contains(&format!("<id>{APP_ID}</id>")));
    assert!(meta.contains(&format!(
        "<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"
    )));
    assert!(meta.contains("<binary>repcue</binary>"));
    assert!(meta.contains("<mediatype>application/toml</mediatype>"));
    assert!(meta.contains(&format!(
        "<release version=\"{}\"",
        env!("CARGO_PKG_VERSION")
    )));
    assert!(meta.contains("<content_rating type=\"oars-1.1\""));
    // Every screenshot named is one the project has.
    for name in meta
        .split("/screenshots/")
        .skip(1)
        .filter_map(|rest| rest.split('<').next())
    {
        assert!(
            Path::new("docs/screenshots").join(name).is_file(),
            "the metadata names docs/screenshots/{name}, which does not exist"
        );
    }
}

#[test]
fn every_icon_size_is_there_at_its_size() {
    assert!(Path::new(&format!("assets/icons/{APP_ID}.svg")).is_file());
    for size in [16u32, 24, 32, 48, 64, 128, 256, 512] {
        let path = format!("assets/icons/hicolor/{size}x{size}/apps/{APP_ID}.png");
        let image = image::open(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
        assert_eq!((image.width(), image.height()), (size, size), "{path}");
    }
}

/// Runs a validator when it is installed (required in CI); returns its output.
fn validate(program: &str, args: &[&str], package: &str) -> Option<String> {
    match Command::new(program).args(args).output() {
        Ok(output) => {
            let text = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(output.status.success(), "{program} failed:\n{text}");
            Some(text)
        }
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "{program} is required in CI (apt-get install {package})"
            );
            eprintln!("skipped: {program} is not installed (apt-get install {package})");
            None
        }
    }
}

#[test]
fn desktop_file_validate_passes() {
    if let Some(out) = validate(
        "desktop-file-validate",
        &[&entry_path()],
        "desktop-file-utils",
    ) {
        // Hints are advice (MedicalSoftware "can be extended" with Science); nothing worse.
        let worse: Vec<&str> = out.lines().filter(|l| !l.contains(": hint: ")).collect();
        assert!(worse.is_empty(), "{out}");
    }
}

#[test]
fn appstreamcli_validate_passes() {
    if let Some(out) = validate(
        "appstreamcli",
        &["validate", "--no-net", &metainfo_path()],
        "appstream",
    ) {
        assert!(!out.contains("E: ") && !out.contains("W: "), "{out}");
    }
}
