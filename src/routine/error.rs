//! Load errors with their place in the file: `FILE:LINE:COL: message`, the line, a caret, a hint.

use std::ops::Range;

use crate::t;

/// One problem at one place in a routine file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// How to fix it, when there is something useful to say.
    pub hint: Option<String>,
    /// The text of the offending line, shown under the message.
    pub source_line: String,
    /// How many characters to underline (at least 1).
    pub width: usize,
}

impl Diagnostic {
    /// A diagnostic for the byte range `span` of `text`.
    pub fn at(text: &str, span: Range<usize>, message: impl Into<String>) -> Self {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.clamp(start, text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let source_line = text[line_start..line_end]
            .trim_end_matches('\r')
            .to_string();
        let line = text[..start].matches('\n').count() + 1;
        let column = text[line_start..start].chars().count() + 1;
        let width = text[start..end.min(line_end)].chars().count().max(1);
        Self {
            line,
            column,
            message: message.into(),
            hint: None,
            source_line,
            width,
        }
    }

    /// Adds how to fix it.
    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Writes the diagnostic as the command line and the app show it.
    pub fn render(&self, file: &str) -> String {
        let mut out = format!("{file}:{}:{}: {}", self.line, self.column, self.message);
        if !self.source_line.is_empty() {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            // Keep tabs so the caret lines up under the same characters.
            let lead: String = self
                .source_line
                .chars()
                .take(self.column - 1)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            out.push_str(&format!(
                "\n{pad} |\n{number} | {}\n{pad} | {lead}{}", // not translated: layout
                self.source_line,
                "^".repeat(self.width)
            ));
        }
        if let Some(hint) = &self.hint {
            let pad = " ".repeat(self.line.to_string().len());
            out.push_str(&format!("\n{pad} = {}", t!("routine-help", hint = hint)));
        }
        out
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// Why a routine could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all.
    Read {
        /// The file as the user named it.
        file: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// Over [`super::MAX_FILE_BYTES`].
    TooLarge {
        /// The file as the user named it.
        file: String,
        /// Its size in KiB.
        size_kib: u64,
    },
    /// One or more problems inside the file.
    Invalid {
        /// The file as the user named it.
        file: String,
        /// Every problem found, in file order.
        diagnostics: Vec<Diagnostic>,
    },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::Read { file, source } => {
                t!(
                    "routine-cannot-read",
                    file = file,
                    reason = read_hint(source)
                )
            }
            Self::TooLarge { file, size_kib } => {
                t!(
                    "routine-too-large",
                    file = file,
                    size = size_kib.to_string()
                )
            }
            Self::Invalid { file, diagnostics } => render_all(file, diagnostics),
        })
    }
}

impl LoadError {
    /// The problems found inside the file (empty for read and size errors).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Self::Invalid { diagnostics, .. } => diagnostics,
            _ => &[],
        }
    }
}

fn read_hint(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => t!("routine-read-not-found"),
        std::io::ErrorKind::PermissionDenied => t!("routine-read-permission"),
        _ => err.to_string(),
    }
}

fn render_all(file: &str, diagnostics: &[Diagnostic]) -> String {
    let mut parts: Vec<String> = diagnostics.iter().map(|d| d.render(file)).collect();
    if diagnostics.len() > 1 {
        parts.push(t!(
            "routine-problem-count",
            file = file,
            count = diagnostics.len()
        ));
    }
    parts.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_is_line_and_character_column() {
        let text = "a = 1\nbé = \"x\"\n";
        let start = text.rfind('=').expect("has =");
        let d = Diagnostic::at(text, start..start + 1, "oops");
        assert_eq!((d.line, d.column), (2, 4));
        assert_eq!(d.source_line, "bé = \"x\"");
    }

    #[test]
    fn renders_file_line_column_source_and_hint() {
        let text = "[routine]\nrep = 12\n";
        let d = Diagnostic::at(text, 10..13, "unknown key `rep`").with_hint("did you mean `reps`?");
        assert_eq!(
            d.render("week1.toml"),
            "week1.toml:2:1: unknown key `rep`\n  |\n2 | rep = 12\n  | ^^^\n  = help: did you mean `reps`?"
        );
    }

    #[test]
    fn span_past_the_end_is_clamped() {
        let d = Diagnostic::at("abc", 10..20, "end");
        assert_eq!((d.line, d.column), (1, 4));
    }
}
