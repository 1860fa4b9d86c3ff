//! The screens. Each view reads what it shows and returns what the person asked for as
//! [`Command`]s; the app applies them after layout.

pub mod charts;
pub mod dialogs;
pub mod history;
pub mod overview;
pub mod pain_check;
pub mod player;
pub mod programme;
pub mod reminders;
pub mod settings;
pub mod summary;
pub mod theme;
pub mod widgets;

use std::path::PathBuf;

use crate::report::ExportKind;

/// What the person asked for.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Start the session on the loaded routine.
    Start,
    /// Pause or resume.
    TogglePause,
    /// Skip to the next step.
    NextStep,
    /// Go back to the previous step.
    PreviousStep,
    /// Go back to the current exercise's get-ready.
    RestartExercise,
    /// Mark a self-paced rep done.
    RepDone,
    /// Ask before ending the session.
    AskEnd,
    /// Keep going after all.
    CancelEnd,
    /// End the session now.
    EndSession,
    /// "Stop — this hurts": end at once and ask about the pain.
    StopForPain,
    /// Open a routine file.
    Open(PathBuf),
    /// Choose a routine file with the desktop's dialog.
    OpenDialog,
    /// Dismiss the error of a routine that could not be opened.
    DismissError,
    /// Show or hide the keyboard help.
    ShowHelp(bool),
    /// Enter or leave full screen.
    ToggleFullscreen,
    /// Sound on or off.
    ToggleMute,
    /// Spoken words or beeps only.
    SoundMode(crate::store::settings::SoundMode),
    /// Sound volume, 0.0 to 1.0.
    Volume(f32),
    /// Text larger (+1), smaller (-1) or back to normal (0).
    TextSize(i8),
    /// Back to the overview (from the summary, History, Settings or the pain check).
    BackToOverview,
    /// Start the session now, with the pain score given before it (if any).
    BeginSession(Option<u8>),
    /// Open the History screen.
    ShowHistory,
    /// Write the routine's printable handout to the documents folder.
    PrintHandout,
    /// Open the Settings screen.
    ShowSettings,
    /// The "three, two, one" countdown on or off.
    SetCountdown(bool),
    /// Light, dark or the system's theme.
    SetTheme(crate::store::settings::Theme),
    /// The language of the words on screen and spoken: the system's, or a fixed one.
    SetLanguage(crate::i18n::Choice),
    /// Ask about pain before each session, or not.
    SetPainCheck(bool),
    /// Turn reminders on (for the routine on screen) or off.
    SetReminders(bool),
    /// The reminder time the person picked (`None`: the routine's own times).
    SetReminderTime(Option<jiff::civil::Time>),
    /// Make reminders remind of the routine on screen.
    RemindThisRoutine,
    /// Show one session in detail (`None`: back to the list).
    SelectSession(Option<String>),
    /// Which sessions History and the exports cover: the last this many days, or all.
    SetPeriod(Option<i64>),
    /// Write an export to a file.
    Export(ExportKind, PathBuf),
    /// Choose where an export goes with the desktop's dialog.
    ChooseExportPath(ExportKind),
    /// Hide the notices about the history file.
    DismissHistoryNotices,
}

/// An exercise's picture as the screens see it.
#[derive(Clone, Default)]
pub enum ImageSlot {
    /// The exercise has no picture.
    #[default]
    None,
    /// Being read and decoded in the background.
    Loading,
    /// Ready to draw.
    Ready(eframe::egui::TextureHandle),
    /// Could not be shown; the sentence says why.
    Failed(String),
}

impl ImageSlot {
    /// Whether there is a picture (or a sentence about one) to show.
    pub fn is_some(&self) -> bool {
        !matches!(self, Self::None)
    }

    /// Draws the picture to fit `max`, or a placeholder that says what went wrong.
    pub fn show(&self, ui: &mut eframe::egui::Ui, max: eframe::egui::Vec2, alt: &str) {
        use eframe::egui;
        match self {
            Self::None => {}
            Self::Loading => {
                ui.add_sized(egui::vec2(max.x, max.y.min(60.0)), egui::Spinner::new());
            }
            Self::Ready(texture) => {
                let size = texture.size_vec2();
                let scale = (max.x / size.x).min(max.y / size.y).min(2.0);
                ui.add(egui::Image::new((texture.id(), size * scale)).alt_text(alt));
            }
            Self::Failed(message) => {
                egui::Frame::new()
                    .stroke(egui::Stroke::new(1.0, ui.visuals().weak_text_color()))
                    .corner_radius(6.0)
                    .inner_margin(10.0)
                    .show(ui, |ui| {
                        ui.set_width(max.x.min(ui.available_width()));
                        ui.label(
                            egui::RichText::new(crate::t!(
                                "overview-picture-not-shown",
                                message = message
                            ))
                            .weak(),
                        );
                    });
            }
        }
    }
}
