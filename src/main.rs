//! The `repcue` command: the desktop app, and `repcue check` for routine files.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

use repcue::routine::{self, LoadError, Routine};
use repcue::timeline::Timeline;
use repcue::{BUNDLED_NAME, BUNDLED_ROUTINE, check};

/// Guides you through a home physiotherapy routine, hands-free.
#[derive(Debug, Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The routine file to open (default: the bundled exercises.toml).
    routine: Option<PathBuf>,
    /// Go straight into the session instead of the overview.
    #[arg(long)]
    start: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a routine file and print its plan.
    Check {
        /// The routine file.
        routine: PathBuf,
        /// Print the plan as one JSON object instead of words.
        #[arg(long)]
        json: bool,
    },
}

/// Exit code for a routine that is not valid (usage errors exit with 2, from clap).
const EXIT_INVALID: u8 = 1;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("repcue: {err:#}");
            ExitCode::from(EXIT_INVALID)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Check { routine, json }) => check_command(&routine, json),
        None => {
            let routine = match &cli.routine {
                Some(path) => routine::load_file(path),
                None => routine::parse_str(BUNDLED_ROUTINE, BUNDLED_NAME),
            };
            let routine = match routine {
                Ok(routine) => routine,
                Err(err) => return Ok(invalid(&err)),
            };
            print_plan(&routine, false)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn check_command(path: &std::path::Path, json: bool) -> anyhow::Result<ExitCode> {
    match routine::load_file(path) {
        Ok(routine) => {
            print_plan(&routine, json)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(err) => Ok(invalid(&err)),
    }
}

fn invalid(err: &LoadError) -> ExitCode {
    eprintln!("{err}");
    ExitCode::from(EXIT_INVALID)
}

fn print_plan(routine: &Routine, json: bool) -> anyhow::Result<()> {
    let timeline = Timeline::new(routine);
    let text = if json {
        let mut text = serde_json::to_string_pretty(&check::plan_json(routine, &timeline))?;
        text.push('\n');
        text
    } else {
        check::plan_text(routine, &timeline)
    };
    std::io::stdout()
        .write_all(text.as_bytes())
        .context("cannot write the plan to standard output")
}
