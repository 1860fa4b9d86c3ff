//! The `repcue` command: logging, the command line, and the desktop window.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::FromArgMatches;

use repcue::app::repaint::{self, Why};
use repcue::app::{AppOptions, ReminderOptions, RepcueApp};
use repcue::audio::Audio;
use repcue::audio::espeak::Speaker;
use repcue::cli::{self, Cli, Outcome};
use repcue::clock::{Clock, MonotonicClock};
use repcue::loaded::{Loaded, Origin};
use repcue::reminders::{self, units};
use repcue::routine::{self, LoadError};
use repcue::store::recorder::Recorder;
use repcue::store::{Paths, recent, settings};
use repcue::worker::ThreadWorker;
use repcue::{APP_ID, bundled_routine};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("repcue=info"))
        .init();
    // The language first, so the help and clap's answers are in it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let (lang, home) = cli::help::early_options(&args);
    let lang = lang.and_then(|l| repcue::i18n::Lang::parse(&l));
    repcue::i18n::set(cli::language(lang, home.as_deref()));
    let cli = match cli::help::command()
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    let home = cli.home.as_deref();
    cli::exit_code(match cli.command {
        Some(command) => cli::run(command, home),
        None => desktop(cli.routine.as_deref(), cli.start, home),
    })
}

/// Opens the window on ROUTINE (or the bundled routine). A routine that cannot be loaded is
/// reported in the window over the bundled one, and on stderr.
fn desktop(path: Option<&Path>, start: bool, home: Option<&Path>) -> anyhow::Result<Outcome> {
    let (loaded, error) = first_routine(path)?;
    let paths = Paths::resolve(home);
    let settings = paths
        .as_ref()
        .map(|p| settings::load(&p.config))
        .unwrap_or_else(|| settings::Loaded {
            settings: Default::default(),
            problems: Vec::new(),
        });
    let recent = paths
        .as_ref()
        .map(|p| recent::load(&p.config))
        .unwrap_or_default();
    let reminders = reminder_options(paths.as_ref(), home);
    let mut viewport = eframe::egui::ViewportBuilder::default()
        .with_title("Repcue")
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 720.0])
        .with_min_inner_size([640.0, 480.0])
        .with_drag_and_drop(true);
    if let Some(icon) = repcue::media::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let native = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "repcue",
        native,
        Box::new(move |cc| {
            let ctx = cc.egui_ctx.clone();
            let clock: Arc<dyn Clock> = Arc::new(MonotonicClock::new());
            let recorder = paths.as_ref().map(|p| {
                let ctx = ctx.clone();
                Arc::new(Recorder::spawn(p.data.clone(), move || {
                    repaint::now(&ctx, Why::Recorder)
                }))
            });
            let options = AppOptions {
                routine: loaded,
                error,
                start,
                sink: Arc::new(Audio::start(
                    clock.clone(),
                    Speaker::new(paths.as_ref().map(|p| p.cache.clone())),
                    {
                        let ctx = ctx.clone();
                        Arc::new(move || repaint::now(&ctx, Why::Sound))
                    },
                )),
                clock,
                worker: Box::new(ThreadWorker::spawn(move || repaint::now(&ctx, Why::Worker))),
                session_thread: true,
                paths,
                recent,
                start_lead: std::time::Duration::from_millis(250),
                settings,
                recorder,
                time_zone: jiff::tz::TimeZone::system(),
                export_folder: export_folder(),
                reminders,
            };
            Ok(Box::new(RepcueApp::new(cc, options)))
        }),
    )
    .map_err(|err| anyhow::anyhow!(repcue::t!("app-cannot-open-window", why = err.to_string())))?;
    Ok(Outcome::Done)
}

/// The routine asked for, or the bundled one with why the asked-for one could not be opened.
fn first_routine(path: Option<&Path>) -> anyhow::Result<(Loaded, Option<LoadError>)> {
    let bundled = || -> anyhow::Result<Loaded> {
        let (text, name) = bundled_routine(repcue::i18n::current());
        Ok(Loaded::new(
            routine::parse_str(text, &name)?,
            Origin::Bundled,
        ))
    };
    Ok(match path.map(|p| (p, routine::load_file(p))) {
        Some((path, Ok(routine))) => {
            let today = jiff::Timestamp::now()
                .to_zoned_datetime(jiff::tz::TimeZone::system())
                .date();
            (
                Loaded::on(routine, Origin::File(path.to_path_buf()), today),
                None,
            )
        }
        Some((_, Err(err))) => {
            eprintln!("{err}");
            (bundled()?, Some(err))
        }
        None => (bundled()?, None),
    })
}

/// "Remind me" as read, the user's systemd for its timer, and how the timer runs this program
/// (with the same `--home`, or `$REPCUE_HOME`, so `repcue remind` finds the same settings).
fn reminder_options(paths: Option<&repcue::store::Paths>, home: Option<&Path>) -> ReminderOptions {
    let settings = match paths {
        // With the reason, as the command line prints it.
        Some(paths) => {
            reminders::load(&paths.config).map_err(|err| format!("{:#}", anyhow::Error::from(err)))
        }
        None => Ok(Default::default()),
    };
    let home = home.map(Path::to_path_buf).or_else(|| {
        std::env::var_os(repcue::store::HOME_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    let program = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("repcue"));
    let timer: Option<Arc<dyn units::Timer>> = if cfg!(target_os = "linux") {
        units::SystemdUser::from_env().map(|s| Arc::new(s) as Arc<dyn units::Timer>)
    } else {
        None
    };
    ReminderOptions {
        settings,
        timer,
        command: units::RemindCommand {
            program,
            home: home.map(|h| std::path::absolute(&h).unwrap_or(h)),
        },
    }
}

/// Where exports are offered: the documents folder, else the home folder.
fn export_folder() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|dirs| {
            dirs.document_dir()
                .map(Path::to_path_buf)
                .or_else(|| Some(dirs.home_dir().to_path_buf()))
        })
        .unwrap_or_else(|| PathBuf::from("."))
}
