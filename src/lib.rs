//! Repcue guides a person through a home physiotherapy routine: a routine file a
//! physiotherapist writes, compiled to an exact plan, walked by a session engine that the
//! desktop app and the command line drive.
//!
//! The engine (`routine`, `timeline`, `session`, `clock`) has no window, sound or file access
//! of its own, so it is tested alone; `app` and `ui` are the desktop window on top of it.

pub mod app;
pub mod audio;
pub(crate) mod catalogue;
pub mod cli;
pub mod clock;
pub(crate) mod format;
pub(crate) mod handout;
pub mod i18n;
pub mod loaded;
pub mod media;
pub mod programme;
pub mod reminders;
pub(crate) mod report;
pub mod routine;
pub(crate) mod safety;
pub mod session;
pub mod store;
pub mod timeline;
pub(crate) mod ui;
pub mod worker;

/// The bundled default routine, embedded so `repcue` works from any folder.
pub const BUNDLED_ROUTINE: &str = include_str!("../exercises.toml");
/// The name the bundled routine goes by in messages (in English; see [`bundled_routine`]).
pub const BUNDLED_NAME: &str = "exercises.toml (bundled)"; // not translated: English name

/// The bundled routine in Spanish (`assets/exercises.es.toml`), opened by default when the
/// language is Spanish.
pub const BUNDLED_ROUTINE_ES: &str = include_str!("../assets/exercises.es.toml");

/// The bundled routine for a language: its text and the name it goes by in messages
/// ("exercises.es.toml (incluida)").
pub fn bundled_routine(lang: i18n::Lang) -> (&'static str, String) {
    let (text, file) = match lang {
        i18n::Lang::En => (BUNDLED_ROUTINE, "exercises.toml"),
        i18n::Lang::Es => (BUNDLED_ROUTINE_ES, "exercises.es.toml"),
    };
    (
        text,
        i18n::text_in(lang, "routine-bundled-name", &[("file", file.into())]),
    )
}

/// The application id (reverse DNS): the desktop entry's and the icon's name, the window's
/// app id (WM_CLASS on X11), and the AppStream id.
pub const APP_ID: &str = "org.repcue.Repcue";
