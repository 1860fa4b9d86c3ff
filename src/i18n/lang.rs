//! The languages Repcue speaks, how a locale name maps to one, and the person's choice.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language with complete message files and spoken cues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// English (the fallback for everything).
    #[default]
    En,
    /// Spanish (neutral, addressing the patient as "tú").
    Es,
}

impl Lang {
    /// Every language, in [`Lang`] index order.
    pub const ALL: [Self; 2] = [Self::En, Self::Es];

    pub(super) fn from_index(index: u8) -> Self {
        Self::ALL
            .get(usize::from(index))
            .copied()
            .unwrap_or_default()
    }

    /// The ISO 639-1 code: `en`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
        }
    }

    /// The language's name in itself, as a menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Es => "Español",
        }
    }

    /// Fluent's identifier for the language (its plural rules).
    pub fn id(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }

    /// The language a locale or language name asks for: `es`, `es_ES.UTF-8`, `es-MX`,
    /// `Spanish`/`español` (any case); `None` for one Repcue does not have (`C`, `fr_FR`).
    pub fn parse(name: &str) -> Option<Self> {
        let name = name.trim().to_lowercase();
        let language = name.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match language {
            "en" | "english" | "inglés" | "ingles" => Some(Self::En),
            "es" | "spanish" | "español" | "espanol" => Some(Self::Es),
            _ => None,
        }
    }

    /// The system's language: the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG (on Linux) that
    /// Repcue has; English when none is.
    pub fn system() -> Self {
        Self::first_known(sys_locale::get_locales())
    }

    /// The first locale name in `names` that Repcue has a language for; English otherwise.
    pub fn first_known(names: impl IntoIterator<Item = impl AsRef<str>>) -> Self {
        names
            .into_iter()
            .find_map(|name| Self::parse(name.as_ref()))
            .unwrap_or_default()
    }
}

/// The language the person chose in Settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// The system's language.
    #[default]
    System,
    /// English whatever the system says.
    English,
    /// Spanish whatever the system says.
    Spanish,
}

impl Choice {
    /// Every choice, in the order Settings offers them.
    pub const ALL: [Self; 3] = [Self::System, Self::English, Self::Spanish];

    /// The language this choice means on this system.
    pub fn resolve(self) -> Lang {
        match self {
            Self::System => Lang::system(),
            Self::English => Lang::En,
            Self::Spanish => Lang::Es,
        }
    }

    /// The choice for a fixed language.
    pub fn of(lang: Lang) -> Self {
        match lang {
            Lang::En => Self::English,
            Lang::Es => Self::Spanish,
        }
    }
}
