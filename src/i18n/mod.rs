//! The words Repcue shows, speaks and prints, in the person's language: Fluent message files per
//! language (`assets/i18n/LANG/AREA.ftl`, embedded), with each language's own plural rules.
//!
//! The language is chosen once for the process ([`set`]: `--lang`, else Settings, else the
//! system's); a thread may speak another for a while ([`with`]), which is how tests and a
//! routine that declares its own language get theirs. A message missing in a language is
//! taken from English, so no word is ever missing.

mod lang;

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use lang::{Choice, Lang};

/// The message files, by area: one file per area in every language folder.
pub const AREAS: [&str; 11] = [
    "common",
    "player",
    "screens",
    "history",
    "settings",
    "speech",
    "report",
    "cli",
    "routine",
    "reminders",
    "help",
];

macro_rules! files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../assets/i18n/", $lang, "/common.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/player.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/screens.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/history.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/settings.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/speech.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/report.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/cli.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/routine.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/reminders.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/help.ftl")),
        ]
    };
}

/// The text of every message file of a language, in [`AREAS`] order.
pub fn sources(lang: Lang) -> [&'static str; AREAS.len()] {
    match lang {
        Lang::En => files!("en"),
        Lang::Es => files!("es"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; Lang::ALL.len()]> = OnceLock::new();
    &BUNDLES.get_or_init(|| Lang::ALL.map(build))[lang as usize]
}

fn build(lang: Lang) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.id()]);
    // Isolation marks around arguments would show as boxes in the window's fonts.
    bundle.set_use_isolating(false);
    for source in sources(lang) {
        // The files are ours and checked by tests; a broken entry is skipped, and English
        // stands in for it.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

static PROCESS: AtomicU8 = AtomicU8::new(Lang::En as u8);

thread_local! {
    static THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the language for the whole process; the calling thread follows it from now on.
pub fn set(lang: Lang) {
    PROCESS.store(lang as u8, Ordering::Relaxed);
    THREAD.with(|t| t.set(None));
}

/// The language in use on this thread.
pub fn current() -> Lang {
    THREAD
        .with(Cell::get)
        .unwrap_or_else(|| Lang::from_index(PROCESS.load(Ordering::Relaxed)))
}

/// Runs `f` with this thread speaking `lang`, then puts the thread's language back.
pub fn with<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = THREAD.with(|t| t.replace(Some(lang)));
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD.with(|t| t.set(self.0));
        }
    }
    let _restore = Restore(before);
    f()
}

/// Sets this thread's language until it is set again (`None`: the process's).
pub fn set_for_thread(lang: Option<Lang>) {
    THREAD.with(|t| t.set(lang));
}

/// A value for a message's argument.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A count or other number: chooses plural forms.
    Number(f64),
    /// Words, shown as given.
    Text(String),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Self::Number(n as f64)
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Self {
                Self::Number(*n as f64)
            }
        }
    )*};
}
number_arg!(i8, u8, u16, u32, u64, usize, i32, i64, f32, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Self::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        Self::Text(s.into_owned())
    }
}

impl From<&std::borrow::Cow<'_, str>> for Arg {
    fn from(s: &std::borrow::Cow<'_, str>) -> Self {
        Self::Text(s.to_string())
    }
}

impl From<&&str> for Arg {
    fn from(s: &&str) -> Self {
        Self::Text((*s).to_string())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Self::Text(s.clone())
    }
}

/// The message `id` in the current language, with its arguments filled in.
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    text_in(current(), id, args)
}

/// The message `id` in `lang` (English when `lang` lacks it; the id itself when no language
/// has it, which the tests rule out).
pub fn text_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (key, value) in args {
        let value = match value {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Text(s) => FluentValue::from(s.as_str()),
        };
        fluent_args.set(*key, value);
    }
    for lang in [lang, Lang::En] {
        let bundle = bundle(lang);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if errors.is_empty() {
                return text.into_owned();
            }
            log::warn!("message {id} in {}: {errors:?}", lang.code());
        }
    }
    id.to_string()
}

/// Whether `lang`'s files have the message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// A message in the current language: `t!("id")`, `t!("id", count = n, name = name)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($key), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests;
