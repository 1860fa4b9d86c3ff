//! The command line's help in the person's language. clap takes its text from the doc comments
//! (English, for the code's readers); here every command's and option's help, the headings and
//! the help and version flags are taken from the message files instead (`clap-*` in help.ftl).

use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::t;

/// `repcue`'s command line, its help in the current language.
pub fn command() -> Command {
    let top = super::Cli::command().disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .display_order(usize::MAX)
            .help(t!("clap-version")),
    );
    localise(top, "clap")
}

fn localise(command: Command, id: &str) -> Command {
    let template = format!(
        // not translated: clap's placeholders around the translated heading
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t!("clap-usage")
    );
    let about = crate::i18n::text(&format!("{id}-about"), &[]);
    let mut command = command
        .about(about)
        .long_about(None)
        .help_template(template)
        .subcommand_help_heading(t!("clap-heading-commands"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .display_order(usize::MAX - 1)
                .help(t!("clap-help")),
        );
    let args: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for name in args {
        command = command.mut_arg(&name, |arg| {
            let heading = if arg.is_positional() {
                t!("clap-heading-arguments")
            } else {
                t!("clap-heading-options")
            };
            let help = match name.as_str() {
                "help" => t!("clap-help"),
                "version" => t!("clap-version"),
                _ => crate::i18n::text(&format!("{id}-{}", name.replace('_', "-")), &[]),
            };
            let arg = arg.help(help).help_heading(heading);
            if !arg.get_action().takes_values() {
                return arg;
            }
            // The placeholder: `<FILE>`, `<ARCHIVO>`.
            let shown = arg
                .get_value_names()
                .and_then(|names| names.first())
                .map_or_else(|| name.to_uppercase(), ToString::to_string);
            let id = format!("clap-value-{}", shown.to_lowercase());
            arg.value_name(crate::i18n::text(&id, &[]))
        });
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in subcommands {
        command = command.mut_subcommand(&name, |sub| localise(sub, &format!("{id}-{name}")));
    }
    command
}

/// The option `--lang` and `--home` as given on `args`, before the command line is parsed (the
/// help is written in the language they choose).
pub fn early_options(args: &[std::ffi::OsString]) -> (Option<String>, Option<std::path::PathBuf>) {
    let mut lang = None;
    let mut home = None;
    let mut words = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            lang = Some(value.to_string());
        } else if word == "--lang" {
            lang = words.next();
        } else if let Some(value) = word.strip_prefix("--home=") {
            home = Some(value.into());
        } else if word == "--home" {
            home = words.next().map(Into::into);
        }
    }
    (lang, home)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_is_in_the_persons_language_and_unchanged_in_english() {
        let english = command().render_long_help().to_string();
        assert!(
            english.contains("Usage: repcue [OPTIONS] [ROUTINE] [COMMAND]"),
            "{english}"
        );
        assert!(english.contains("Go straight into the session instead of the overview"));
        assert!(english.contains("  -h, --help"), "{english}");
        let spanish = crate::i18n::with(crate::i18n::Lang::Es, || {
            let mut top = command();
            let check = top.find_subcommand_mut("check").expect("check");
            let check = check.render_help().to_string();
            (command().render_long_help().to_string(), check)
        });
        assert!(spanish.0.contains("Uso: repcue"), "{}", spanish.0);
        assert!(spanish.0.contains("Opciones:"), "{}", spanish.0);
        assert!(!spanish.0.contains("Go straight into"), "{}", spanish.0);
        assert!(spanish.1.contains("Comprueba"), "{}", spanish.1);
    }

    #[test]
    fn lang_and_home_are_found_before_parsing() {
        let args: Vec<std::ffi::OsString> = ["repcue", "check", "--lang", "es", "--home=/h", "x"]
            .iter()
            .map(Into::into)
            .collect();
        let (lang, home) = early_options(&args);
        assert_eq!(lang.as_deref(), Some("es"));
        assert_eq!(home, Some("/h".into()));
        let args: Vec<std::ffi::OsString> =
            ["repcue", "--", "--lang"].iter().map(Into::into).collect();
        assert_eq!(early_options(&args), (None, None));
    }
}
