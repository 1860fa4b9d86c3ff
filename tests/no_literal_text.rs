//! No words a person reads are written into the code: every user-facing text comes from the
//! message files (`assets/i18n/LANG/*.ftl`) through `t!`. This test reads `src/` and lists
//! string literals that look like words for people: two words with a space between them, or
//! a capitalised word. Message ids, log lines, file keys and tests are not looked at; a line that
//! must keep a literal says why with a `// not translated: …` comment.

use std::path::{Path, PathBuf};

/// Files whose literals are not words for people (with why).
const NOT_FOR_PEOPLE: &[(&str, &str)] = &[
    (
        "src/app/stats.rs",
        "frame statistics for benchmarks, printed for developers",
    ),
    ("src/app/repaint.rs", "repaint reasons for frame statistics"),
    (
        "src/routine/schema/",
        "the JSON schema's descriptions are for editors and tooling",
    ),
    ("src/audio/bank.rs", "clip file names"),
    (
        "src/i18n/",
        "the language names are written in their own language",
    ),
    (
        "src/catalogue.rs",
        "words recognised in exercise names, in English and Spanish",
    ),
    (
        "src/audio/timing.rs",
        "the capture analysis of the tests and benchmarks",
    ),
];

/// Single words that are names, not words to translate.
const NAMES: &[&str] = &[
    "Repcue", "Space", "Enter", "Escape", "Esc", "Ctrl", "TOML", "CSV", "HTML", "JSON", "SVG",
    "PNG", "JPEG", "OK",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_none_or(|n| n != "tests.rs")
            && !path.components().any(|c| c.as_os_str() == "tests")
        {
            out.push(path);
        }
    }
}

/// The string literals of a line (plain and raw), with the text before each.
fn literals(line: &str) -> Vec<(String, String)> {
    let chars: Vec<char> = line.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => break,
            '\'' => {
                // A char literal ('"') or a lifetime: skip the quoted char if there is one.
                if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else if chars.get(i + 1) == Some(&'\\') && chars.get(i + 3) == Some(&'\'') {
                    i += 4;
                } else {
                    i += 1;
                }
            }
            '"' => {
                let before: String = chars[..i].iter().collect();
                let raw = before.ends_with("r#") || before.ends_with('r');
                let mut j = i + 1;
                let mut text = String::new();
                while j < chars.len() {
                    if chars[j] == '\\' && !raw {
                        text.push(chars[j]);
                        if let Some(c) = chars.get(j + 1) {
                            text.push(*c);
                        }
                        j += 2;
                        continue;
                    }
                    if chars[j] == '"' {
                        break;
                    }
                    text.push(chars[j]);
                    j += 1;
                }
                found.push((before, text));
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    found
}

fn is_for_people(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    let code_like = text.contains("::") || text.contains('_') && !text.contains(' ');
    if words.is_empty() || code_like {
        return false;
    }
    let spaced = words.len() >= 2 && text.contains(' ');
    let capitalised = words.iter().any(|w| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && c.next().is_some_and(char::is_lowercase)
            && !NAMES.contains(w)
    });
    spaced || capitalised
}

/// Calls whose literals are not for people: message ids, logs, panics in tests, formats of
/// machine text.
fn exempt_call(before: &str) -> bool {
    let before = before.trim_end();
    let anywhere = [
        "log::",
        "debug!(",
        "info!(",
        "warn!(",
        "error!(",
        "trace!(",
        "expect(",
        "panic!(",
        "assert",
        "unreachable!(",
        "include_",
        "concat!(",
        "env!(",
        "#[",
    ];
    let just_before = ["t!(", "i18n::text(", "text_in(", "strftime("];
    // The call's whole name: `t!(` is a message, `format!(` is not.
    let called = |call: &str| {
        before.strip_suffix(call).is_some_and(|head| {
            !head
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    };
    anywhere.iter().any(|call| before.contains(call)) || just_before.iter().any(|c| called(c))
}

#[test]
fn no_words_for_people_are_written_into_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let name = file
            .strip_prefix(root)
            .expect("under the root")
            .to_string_lossy()
            .replace('\\', "/");
        if NOT_FOR_PEOPLE
            .iter()
            .any(|(prefix, _)| name.starts_with(prefix))
        {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("read");
        let lines: Vec<&str> = text.lines().collect();
        for (number, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            // The tests at the end of a file (`#[cfg(test)] mod tests`), not a test-only `use`.
            let next = lines.get(number + 1).map_or("", |l| l.trim_start());
            if trimmed.starts_with("#[cfg(test)]") && next.starts_with("mod ") {
                break;
            }
            let previous = number
                .checked_sub(1)
                .and_then(|n| lines.get(n))
                .map_or("", |l| l.trim());
            if trimmed.starts_with("//")
                || line.contains("// not translated:")
                || previous.starts_with("// not translated:")
            {
                continue;
            }
            for (before, literal) in literals(line) {
                // A call's first argument may stand on the line after the call's name.
                let before = if before.trim().is_empty() {
                    format!("{previous}{before}")
                } else {
                    before
                };
                if is_for_people(&literal) && !exempt_call(&before) {
                    found.push(format!("{name}:{}: \"{literal}\"", number + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} literals look like words for people; put them in assets/i18n/*/*.ftl and use t!:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_lint_sees_words_and_passes_over_code() {
    assert!(is_for_people("Rep done"));
    assert!(is_for_people("Caution"));
    assert!(is_for_people("{text} seconds left"));
    assert!(!is_for_people("rest_between_sets"));
    assert!(!is_for_people("{}:{:02}"));
    assert!(!is_for_people("sets"));
    assert!(!is_for_people("Repcue"));
    assert!(!is_for_people("crate::x"));
    let found = literals(r#"let a = t!("player-paused"); b("Rep done", 'x', '"');"#);
    assert_eq!(found.len(), 2);
    assert!(exempt_call(&found[0].0));
    assert_eq!(found[1].1, "Rep done");
    assert!(!exempt_call(&found[1].0));
    let found = literals(r#"format!("Rep done {n}")"#);
    assert!(!exempt_call(&found[0].0), "format! is not t!");
}
