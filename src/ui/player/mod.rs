//! The session player: the phase in its word and colour, a countdown readable from the mat,
//! rep, set and side, the exercise's name, what comes next, its caution and picture — laid out
//! by priority so that at any window and text size what is shown fits — and the controls.

mod phase;

use eframe::egui::{self, RichText};

use super::{Command, ImageSlot, theme, widgets};
use crate::format;
use crate::routine::{Exercise, Routine};
use crate::session::{Snapshot, State};
use crate::t;
use crate::timeline::{self, Step, StepKind};

/// Window height (in points) below which the player is compact.
const COMPACT_BELOW: f32 = 480.0;

/// What the player shows.
pub struct PlayerView<'a> {
    /// The session now.
    pub snapshot: &'a Snapshot,
    /// The routine being done.
    pub routine: &'a Routine,
    /// Pictures by exercise.
    pub images: &'a [ImageSlot],
    /// Sound is off.
    pub muted: bool,
    /// No sound output could be opened.
    pub no_sound: bool,
    /// A short notice (e.g. a file dropped during the session).
    pub notice: Option<&'a str>,
    /// Window is full screen.
    pub fullscreen: bool,
}

/// Draws the player; returns what was pressed.
pub fn show(ui: &mut egui::Ui, view: &PlayerView<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let snap = view.snapshot;
    // A short window (small, or large text): smaller controls and only the ones a person on
    // the mat needs, so the phase and countdown keep their room. The keys still do the rest.
    let compact = ui.ctx().content_rect().height() < COMPACT_BELOW;
    egui::Panel::top("player_top").show(ui, |ui| top_bar(ui, view, compact, &mut commands));
    egui::Panel::bottom("player_controls").show(ui, |ui| {
        ui.add_space(4.0);
        controls(ui, snap, compact, &mut commands);
        ui.add_space(4.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        if let Some(step) = &snap.step {
            if let Some(notice) = view.notice {
                ui.colored_label(theme::caution_text(ui), notice);
            }
            phase::show(ui, view, step, &mut commands);
        }
    });
    commands
}

/// The exercise a step is about: during the get-ready and the rest before an exercise, that
/// exercise (the one coming up).
fn exercise_of<'a>(view: &PlayerView<'a>, step: &Step) -> Option<&'a Exercise> {
    view.routine.exercises.get(step.exercise)
}

fn top_bar(ui: &mut egui::Ui, view: &PlayerView<'_>, compact: bool, commands: &mut Vec<Command>) {
    let snap = view.snapshot;
    // Wrapped, so at a small window or large text the buttons go to a second line rather than
    // over the words.
    ui.horizontal_wrapped(|ui| {
        let (index, count) = snap.exercise;
        // Self-paced reps have no planned length: no "0:00 left" while they wait.
        let place = if snap.session_left.is_zero() {
            t!("player-place", index = index + 1, count = count)
        } else {
            let left = format::clock(snap.session_left);
            t!(
                "player-place-left",
                index = index + 1,
                count = count,
                left = left
            )
        };
        let size = if compact { 16.0 } else { 20.0 };
        ui.label(RichText::new(place).size(size));
        ui.add_space(if compact { 4.0 } else { 12.0 });
        let sound = if view.muted {
            t!("player-sound-off")
        } else {
            t!("player-sound-on")
        };
        if ui
            .selectable_label(
                !view.muted && !view.no_sound,
                RichText::new(sound).size(size),
            )
            .on_hover_text("M")
            .clicked()
        {
            commands.push(Command::ToggleMute);
        }
        if view.no_sound {
            ui.label(
                RichText::new(t!("player-no-sound"))
                    .size(size)
                    .color(theme::caution_text(ui)),
            )
            .on_hover_text(t!("player-no-sound-hint"));
        }
        if !compact {
            widgets::window_buttons(ui, view.fullscreen, commands);
        }
    });
}

fn controls(ui: &mut egui::Ui, snap: &Snapshot, compact: bool, commands: &mut Vec<Command>) {
    let height = if compact { 40.0 } else { 56.0 };
    // "Stop — this hurts" is always the first and largest control; the rest wrap below it
    // when the window is narrow.
    ui.horizontal_wrapped(|ui| {
        if compact {
            ui.spacing_mut().button_padding = egui::vec2(8.0, 4.0);
            ui.spacing_mut().item_spacing.x = 6.0;
        }
        // Compact, it shares the row with the three controls left, when they fit beside it.
        let stop_width = if ui.available_width() >= 1000.0 {
            250.0
        } else if compact {
            ui.available_width().min(170.0)
        } else {
            ui.available_width()
        };
        stop_button(ui, egui::vec2(stop_width, height), commands);
        let small = egui::vec2(0.0, height);
        let paused = snap.state == State::Paused;
        let pause = if paused {
            t!("player-resume")
        } else {
            t!("player-pause")
        };
        let buttons = [
            (pause, Command::TogglePause),
            (t!("player-previous"), Command::PreviousStep),
            (t!("player-next-button"), Command::NextStep),
            (t!("player-restart-exercise"), Command::RestartExercise),
            (t!("player-end-session"), Command::AskEnd),
        ];
        for (label, command) in buttons {
            if compact && matches!(command, Command::PreviousStep | Command::RestartExercise) {
                continue;
            }
            let text = if command == Command::TogglePause {
                RichText::new(label).strong()
            } else {
                RichText::new(label)
            };
            if ui.add(egui::Button::new(text).min_size(small)).clicked() {
                commands.push(command);
            }
        }
    });
}

fn stop_button(ui: &mut egui::Ui, size: egui::Vec2, commands: &mut Vec<Command>) {
    let stop = egui::Button::new(
        RichText::new(t!("player-stop-hurts"))
            .size((size.y * 0.43).max(18.0))
            .strong()
            .color(egui::Color32::WHITE),
    )
    .fill(theme::STOP)
    .min_size(size);
    if ui.add(stop).clicked() {
        commands.push(Command::StopForPain);
    }
}

/// "Rep 4 of 12 · Set 1 of 2 · Lie on your right side", or what the step is about.
pub fn counters(snap: &Snapshot, exercise: Option<&Exercise>) -> String {
    let mut parts = Vec::new();
    let kind = snap.step.as_ref().map(|s| s.kind);
    let rep_step = matches!(
        kind,
        Some(StepKind::Up | StepKind::Hold | StepKind::Down | StepKind::Rep)
    );
    if let Some((rep, of)) = snap.rep.filter(|_| rep_step) {
        parts.push(t!("player-rep-of", rep = rep, count = of));
    }
    if let Some((set, of)) = snap.set.filter(|(_, of)| *of > 1) {
        parts.push(t!("player-set-of", set = set, count = of));
    }
    if let Some(side) = snap.side {
        parts.push(timeline::side_word(side, exercise).into_owned());
    }
    if parts.is_empty() {
        parts.push(match kind {
            // On each side: say how to lie for the first side.
            Some(StepKind::Prepare) if exercise.is_some_and(|e| e.each_side) => t!(
                "player-get-into-position-side",
                side = timeline::side_word(crate::timeline::Side::Left, exercise).into_owned()
            ),
            Some(StepKind::Prepare) => t!("player-get-into-position"),
            Some(StepKind::Rest) => t!("player-breathe"),
            _ => String::new(),
        });
    }
    parts.join(" · ")
}

/// What comes next, in a few words: "Next: Clamshell", "Next: REST 30s",
/// "Next: BEND FORWARD 3s · rep 2".
pub fn describe_next(step: &Step, routine: &Routine) -> String {
    if step.kind == StepKind::Prepare {
        return match routine.exercises.get(step.exercise) {
            Some(exercise) => t!("player-next", what = &exercise.name),
            None => t!("player-next-exercise"),
        };
    }
    let mut what = timeline::cue_word(step, routine).to_uppercase();
    if let Some(length) = step.duration {
        what.push(' ');
        what.push_str(&format::duration(length));
    }
    if let (Some(rep), StepKind::Up | StepKind::Rep) = (step.rep, step.kind) {
        what.push_str(" · ");
        what.push_str(&t!("player-next-rep", rep = rep));
    }
    t!("player-next", what = what)
}
