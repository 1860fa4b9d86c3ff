//! The `repcue` command: the desktop app, and `repcue check` for routine files.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

use std::sync::Arc;

use repcue::app::{AppOptions, Loaded, Origin, RepcueApp};
use repcue::audio::Audio;
use repcue::clock::MonotonicClock;
use repcue::routine::{self, LoadError, Routine};
use repcue::store::recorder::Recorder;
use repcue::store::{Paths, recent};
use repcue::timeline::Timeline;
use repcue::worker::ThreadWorker;
use repcue::{BUNDLED_NAME, BUNDLED_ROUTINE, check};

/// Guides you through a home physiotherapy routine, hands-free.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The routine file to open (default: the bundled exercises.toml).
    routine: Option<PathBuf>,
    /// Go straight into the session instead of the overview.
    #[arg(long)]
    start: bool,
    /// Keep settings and history in this folder instead of the platform's (also $REPCUE_HOME).
    #[arg(long, global = true, value_name = "FOLDER")]
    home: Option<PathBuf>,
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
    /// Print the recorded sessions, newest first, one line each.
    History {
        /// Only sessions on or after this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<jiff::civil::Date>,
    },
    /// Write the sessions as CSV and/or the printable report, for the physiotherapist.
    #[command(arg_required_else_help = true)]
    Export {
        /// Write one row per session and one per exercise to FILE.
        #[arg(long, value_name = "FILE", required_unless_present = "html")]
        csv: Option<PathBuf>,
        /// Write the one-page printable report (HTML) to FILE.
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        /// Only sessions on or after this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<jiff::civil::Date>,
    },
}

/// Exit code for a routine that is not valid (usage errors exit with 2, from clap).
const EXIT_INVALID: u8 = 1;

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("repcue=info"))
        .init();
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
        Some(Command::History { since }) => {
            repcue::cli::history(&paths(cli.home.as_deref())?, since)
        }
        Some(Command::Export { csv, html, since }) => repcue::cli::export(
            &paths(cli.home.as_deref())?,
            csv.as_deref(),
            html.as_deref(),
            since,
        ),
        None => desktop(cli.routine.as_deref(), cli.start, cli.home.as_deref()),
    }
}

/// Opens the window on ROUTINE (or the bundled routine). A routine that cannot be loaded is
/// reported in the window over the bundled one, and on stderr.
fn desktop(
    path: Option<&std::path::Path>,
    start: bool,
    home: Option<&std::path::Path>,
) -> anyhow::Result<ExitCode> {
    let bundled = || {
        routine::parse_str(BUNDLED_ROUTINE, BUNDLED_NAME).map(|r| Loaded::new(r, Origin::Bundled))
    };
    let (loaded, error) = match path.map(|p| (p, routine::load_file(p))) {
        Some((path, Ok(routine))) => (Loaded::new(routine, Origin::File(path.to_path_buf())), None),
        Some((_, Err(err))) => {
            eprintln!("{err}");
            (bundled()?, Some(err))
        }
        None => (bundled()?, None),
    };
    let paths = Paths::resolve(home);
    let settings = paths
        .as_ref()
        .map(|p| repcue::store::settings::load(&p.config))
        .unwrap_or_else(|| repcue::store::settings::Loaded {
            settings: Default::default(),
            problems: Vec::new(),
        });
    for problem in &settings.problems {
        log::warn!("{problem}");
    }
    let export_folder = directories::UserDirs::new()
        .and_then(|dirs| {
            dirs.document_dir()
                .map(|d| d.to_path_buf())
                .or_else(|| Some(dirs.home_dir().to_path_buf()))
        })
        .unwrap_or_else(|| PathBuf::from("."));
    let mut recent = paths
        .as_ref()
        .map(|p| recent::load(&p.config))
        .unwrap_or_default();
    if let Origin::File(path) = &loaded.origin {
        recent::remember(&mut recent, path);
    }
    let native = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Repcue")
            .with_app_id("repcue")
            .with_inner_size([1280.0, 720.0])
            .with_min_inner_size([640.0, 480.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "repcue",
        native,
        Box::new(move |cc| {
            let ctx = cc.egui_ctx.clone();
            let clock: Arc<dyn repcue::clock::Clock> = Arc::new(MonotonicClock::new());
            let recorder = paths.as_ref().map(|p| {
                let ctx = ctx.clone();
                Arc::new(Recorder::spawn(p.data.clone(), move || {
                    ctx.request_repaint()
                }))
            });
            let options = AppOptions {
                routine: loaded,
                error,
                start,
                sink: Arc::new(Audio::start(clock.clone())),
                clock,
                worker: Box::new(ThreadWorker::spawn(move || ctx.request_repaint())),
                session_thread: true,
                paths,
                recent,
                start_lead: std::time::Duration::from_millis(250),
                settings,
                recorder,
                time_zone: jiff::tz::TimeZone::system(),
                export_folder,
            };
            Ok(Box::new(RepcueApp::new(cc, options)))
        }),
    )
    .map_err(|err| anyhow::anyhow!("cannot open the window: {err}"))?;
    Ok(ExitCode::SUCCESS)
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

fn paths(home: Option<&std::path::Path>) -> anyhow::Result<Paths> {
    Paths::resolve(home).context("this system has no home folder; set REPCUE_HOME or pass --home")
}
