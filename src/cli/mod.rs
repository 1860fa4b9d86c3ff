//! The command line: what `repcue` is asked (clap), the commands that need no window — `check`,
//! `history`, `export`, `remind`, `schema`, `new` and `handout` — and the one place that turns their outcome into an exit code.

mod check;
mod handout;
pub mod help;
mod history;
mod new;
mod plan_json;
mod programme;
mod remind;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

pub use check::{WeekChoice, plan_text};
pub use history::{history_lines, programme_lines};
pub use plan_json::{PainJson, PlanJson, ScheduleJson, WeekJson, plan_json};

use crate::i18n::Lang;
use crate::store::Paths;

/// Guides you through a home physiotherapy routine, hands-free.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The routine file to open (default: the bundled exercises.toml).
    pub routine: Option<PathBuf>,
    /// Go straight into the session instead of the overview.
    #[arg(long)]
    pub start: bool,
    /// Keep settings and history in this folder instead of the platform's (also $REPCUE_HOME).
    #[arg(long, global = true, value_name = "FOLDER")]
    pub home: Option<PathBuf>,
    /// Words on screen, spoken and printed in this language: en or es (default: as chosen in
    /// Settings, else the system's).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        crate::t!(
            "cli-no-such-language",
            name = text,
            codes = codes.join(", ")
        )
    })
}

/// The language to use: `--lang`, else the one chosen in Settings (in `home`), else the
/// system's. Reading the settings here never writes them.
pub fn language(lang: Option<Lang>, home: Option<&Path>) -> Lang {
    lang.unwrap_or_else(|| {
        Paths::resolve(home)
            .map(|paths| crate::store::settings::peek(&paths.config).language)
            .unwrap_or_default()
            .resolve()
    })
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a routine file and print its plan.
    Check {
        /// The routine file.
        routine: PathBuf,
        /// Print the plan as one JSON object instead of words.
        #[arg(long)]
        json: bool,
        /// Print only this programme week's plan (the routine needs a [schedule]).
        #[arg(long, value_name = "N", conflicts_with = "on")]
        week: Option<u32>,
        /// Print only the plan of the programme week this day falls in (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        on: Option<jiff::civil::Date>,
    },
    /// Print the recorded sessions, newest first, one line each.
    History {
        /// Only sessions on or after this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<jiff::civil::Date>,
    },
    /// Write the sessions as CSV and/or the printable report, for the physiotherapist.
    #[command(arg_required_else_help = true)]
    Export {
        /// Write one row per session, one per exercise and one per programme week to FILE.
        #[arg(long, value_name = "FILE", required_unless_present = "html")]
        csv: Option<PathBuf>,
        /// Write the one-page printable report (HTML) to FILE.
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        /// Only sessions on or after this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<jiff::civil::Date>,
    },
    /// Write a routine as a printable page for the patient: exercises, schedule, warning signs
    /// and a grid to tick.
    Handout {
        /// The routine file.
        routine: PathBuf,
        /// Write the page (self-contained HTML) to FILE.
        #[arg(long, value_name = "FILE")]
        html: PathBuf,
    },
    /// Check once whether a session is due and, if so, show a desktop notification with a
    /// "Start" button (what the reminder timer runs; reminders are set in Settings).
    Remind {
        /// Print what would be shown instead of showing it.
        #[arg(long, conflicts_with = "off")]
        dry_run: bool,
        /// Turn reminders off and remove their timer.
        #[arg(long)]
        off: bool,
    },
    /// Print the JSON Schema of the routine format, for editors.
    Schema,
    /// Write a commented starting routine, and the schema next to it.
    New {
        /// The routine file to create (never written over).
        routine: PathBuf,
    },
}

/// How a command ended, before it becomes an exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It did what was asked.
    Done,
    /// The routine file is not valid (its problems were printed).
    Invalid,
}

/// A command asked for something its input cannot give, such as `--week` of a routine with no
/// programme. Exits with 2, like the usage errors clap finds.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Exit code for a routine that is not valid, or any other failure.
const EXIT_FAILED: u8 = 1;
/// Exit code for a usage error (clap uses the same).
const EXIT_USAGE: u8 = 2;

/// Runs a command that needs no window.
pub fn run(command: Command, home: Option<&Path>) -> anyhow::Result<Outcome> {
    match command {
        Command::Check {
            routine,
            json,
            week,
            on,
        } => {
            let choice = match (week, on) {
                (Some(week), _) => WeekChoice::Week(week),
                (None, Some(date)) => WeekChoice::On(date),
                (None, None) => WeekChoice::Every,
            };
            check::run(&routine, json, choice)
        }
        Command::History { since } => history::history(&paths(home)?, since),
        Command::Export { csv, html, since } => {
            history::export(&paths(home)?, csv.as_deref(), html.as_deref(), since)
        }
        Command::Handout { routine, html } => handout::run(&routine, &html),
        Command::Remind { dry_run, off } => remind::run(&paths(home)?, home, dry_run, off),
        Command::Schema => new::print_schema(),
        Command::New { routine } => new::new_routine(&routine),
    }
}

/// The exit code for how a command ended; an error is printed here, once.
pub fn exit_code(result: anyhow::Result<Outcome>) -> ExitCode {
    match result {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::Invalid) => ExitCode::from(EXIT_FAILED),
        Err(err) => {
            eprintln!("repcue: {err:#}"); // not translated: the program's name before the error
            if err.downcast_ref::<UsageError>().is_some() {
                ExitCode::from(EXIT_USAGE)
            } else {
                ExitCode::from(EXIT_FAILED)
            }
        }
    }
}

/// Where settings and the history live: `--home`, `$REPCUE_HOME` or the platform's folders.
pub fn paths(home: Option<&Path>) -> anyhow::Result<Paths> {
    Paths::resolve(home).with_context(|| crate::t!("cli-no-home-folder"))
}
