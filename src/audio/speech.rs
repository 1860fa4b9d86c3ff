//! What each cue says: the words (or tones) for a group of cues that fall due together, and
//! which word carries the beat. Pure, so the whole spoken plan of a routine can be checked.

use std::time::Duration;

use crate::i18n::Lang;
use crate::session::{Cue, CueKind};
use crate::store::settings::SoundMode;
use crate::timeline::{Side, StepKind, Timeline};

/// Rests shorter than this only say "rest".
const SET_ANNOUNCEMENT_REST: Duration = Duration::from_secs(8);
/// A cue that marks a moment (a phase word, a count) is dropped if it could not start within
/// this of its beat; announcements (get ready, rest, well done) may come later.
pub const BEAT_LATE: Duration = Duration::from_millis(300);
/// How late an announcement may still start.
pub const ANNOUNCEMENT_LATE: Duration = Duration::from_secs(2);

/// How late the sound for a group of cues may start before it is better left out.
pub fn max_late(group: &[Cue]) -> Duration {
    let announcement = group.iter().all(|cue| {
        matches!(
            cue.kind,
            CueKind::StepStarted(StepKind::Prepare | StepKind::Rest | StepKind::SwitchSides)
                | CueKind::ExerciseCompleted
                | CueKind::SessionCompleted
                | CueKind::SetCompleted { .. }
                | CueKind::RepCompleted { .. }
        )
    });
    if announcement {
        ANNOUNCEMENT_LATE
    } else {
        BEAT_LATE
    }
}

/// One piece of an utterance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Word {
    /// A bundled clip, by name (`assets/sounds/NAME.ogg`).
    Clip(&'static str),
    /// The exercise's name: its own intro clip, else its bundled name, else its name spoken.
    Intro(usize),
    /// One of the exercise's own `cues` words, spoken; a phase word that cannot be spoken is
    /// a tone on its beat instead, never the default word (which could contradict it).
    Own(usize, Slot),
}

/// Which of an exercise's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// `cues.up`.
    Up,
    /// `cues.hold`.
    Hold,
    /// `cues.down`.
    Down,
    /// `cues.rep`.
    Rep,
    /// `cues.left`.
    Left,
    /// `cues.right`.
    Right,
}

impl Slot {
    /// The words an exercise gives for this slot, if any.
    pub fn text(self, cues: &crate::routine::Cues) -> Option<&str> {
        match self {
            Self::Up => cues.up.as_deref(),
            Self::Hold => cues.hold.as_deref(),
            Self::Down => cues.down.as_deref(),
            Self::Rep => cues.rep.as_deref(),
            Self::Left => cues.left.as_deref(),
            Self::Right => cues.right.as_deref(),
        }
    }

    /// A phase marks a beat: when its words cannot be spoken, a tone does it.
    pub fn is_phase(self) -> bool {
        !matches!(self, Self::Left | Self::Right)
    }
}

/// The words of a routine that no bundled clip says, to be spoken: each exercise's own `cues`
/// and the names of exercises with neither an intro clip (`has_intro`) nor a bundled name.
pub fn own_words(timeline: &Timeline, has_intro: impl Fn(usize) -> bool) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for (index, plan) in timeline.exercises.iter().enumerate() {
        if !has_intro(index) && crate::catalogue::name_clip(&plan.name).is_none() {
            words.push(plan.name.clone());
        }
        for slot in [
            Slot::Up,
            Slot::Hold,
            Slot::Down,
            Slot::Rep,
            Slot::Left,
            Slot::Right,
        ] {
            words.extend(slot.text(&plan.cues).map(str::to_string));
        }
    }
    let mut seen = std::collections::HashSet::new();
    words.retain(|w| seen.insert(w.clone()));
    words
}

/// The words for one group of cues, with the index of the word that must land on the beat
/// (words before it are spoken just ahead of it).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Utterance {
    /// In order.
    pub words: Vec<Word>,
    /// Index in `words` of the beat.
    pub beat: usize,
}

/// The language a routine's cues are spoken in: its own `language`, else the person's.
pub fn speech_lang(timeline: &Timeline) -> Lang {
    timeline.language.unwrap_or_else(crate::i18n::current)
}

/// A bundled clip in `lang` (the English name; tones are the same in every language).
fn clip(lang: Lang, name: &'static str) -> Word {
    Word::Clip(super::bank::localised(lang, name))
}

/// The utterance for cues that fall due at the same moment (in plan order).
pub fn utterance(group: &[Cue], timeline: &Timeline, mode: SoundMode) -> Utterance {
    let lang = speech_lang(timeline);
    let mut before = Vec::new();
    let mut on_beat = Vec::new();
    for cue in group {
        let (lead, beat) = match mode {
            SoundMode::Voice => voice(cue, timeline, lang),
            SoundMode::Beeps => (Vec::new(), beep(cue)),
        };
        before.extend(lead);
        on_beat.extend(beat);
    }
    if mode == SoundMode::Beeps {
        // One tone per moment is enough; the end tone wins.
        on_beat.sort_by_key(|w| *w != Word::Clip("tone_end"));
        on_beat.truncate(1);
    }
    let beat = if on_beat.is_empty() { 0 } else { before.len() };
    before.extend(on_beat);
    Utterance {
        words: before,
        beat,
    }
}

fn beep(cue: &Cue) -> Vec<Word> {
    match cue.kind {
        CueKind::StepStarted(_) => vec![Word::Clip("tone_start")],
        CueKind::Countdown(_) | CueKind::Halfway => vec![Word::Clip("tone_tick")],
        CueKind::ExerciseCompleted | CueKind::SessionCompleted => vec![Word::Clip("tone_end")],
        CueKind::RepCompleted { .. } | CueKind::SetCompleted { .. } => Vec::new(),
    }
}

/// Words spoken just before the beat, and words on it.
fn voice(cue: &Cue, timeline: &Timeline, lang: Lang) -> (Vec<Word>, Vec<Word>) {
    let clip = |name| vec![clip(lang, name)];
    match cue.kind {
        CueKind::StepStarted(kind) => (Vec::new(), step_words(cue.step, kind, timeline, lang)),
        CueKind::Countdown(n) => (Vec::new(), number(lang, n)),
        CueKind::Halfway => (Vec::new(), clip("halfway")),
        // The count of a finished rep is said as it ends, just before the next beat.
        CueKind::RepCompleted { rep, .. } => (number(lang, rep), Vec::new()),
        CueKind::SetCompleted { .. } => (Vec::new(), Vec::new()),
        CueKind::ExerciseCompleted => {
            let last = cue.step >= timeline.steps.len();
            (
                if last {
                    Vec::new()
                } else {
                    clip("exercise_done")
                },
                Vec::new(),
            )
        }
        CueKind::SessionCompleted => (Vec::new(), clip("well_done")),
    }
}

fn step_words(index: usize, kind: StepKind, timeline: &Timeline, lang: Lang) -> Vec<Word> {
    let Some(step) = timeline.steps.get(index) else {
        return Vec::new();
    };
    let plan = &timeline.exercises[step.exercise];
    let first_of_rep = index == 0
        || timeline.steps[index - 1].rep != step.rep
        || timeline.steps[index - 1].kind == StepKind::Rest
        || timeline.steps[index - 1].kind == StepKind::SwitchSides;
    let mut words = Vec::new();
    match kind {
        StepKind::Prepare => {
            words.push(clip(lang, "get_ready"));
            words.push(Word::Intro(step.exercise));
            if timeline
                .steps
                .get(index + 1)
                .is_some_and(|next| next.side == Some(Side::Left))
            {
                words.push(match plan.cues.left {
                    Some(_) => Word::Own(step.exercise, Slot::Left),
                    None => clip(lang, "left_side"),
                });
            }
        }
        StepKind::Rest => {
            words.push(clip(lang, "rest"));
            // A rest between sets says which set comes next, when it is long enough to say it
            // and still count down.
            let long = step.duration.is_some_and(|d| d >= SET_ANNOUNCEMENT_REST);
            if long
                && step.rep.is_none()
                && step.side.is_none()
                && plan.sets > 1
                && step.set.is_some()
            {
                words.push(clip(lang, "next"));
                words.extend(set_of(lang, step.set.unwrap_or(1), plan.sets));
            }
        }
        StepKind::SwitchSides => {
            words.push(clip(lang, "switch_sides"));
            // A side with the routine's own words is never called "right side" out loud.
            words.push(match plan.cues.right {
                Some(_) => Word::Own(step.exercise, Slot::Right),
                None => clip(lang, "right_side"),
            });
        }
        StepKind::Up | StepKind::Hold | StepKind::Down | StepKind::Rep => {
            if first_of_rep && step.rep == Some(plan.reps_per_set) && plan.reps_per_set > 1 {
                words.push(clip(lang, "last_rep"));
            }
            let (word, slot) = match kind {
                StepKind::Up => (Some("up"), Slot::Up),
                StepKind::Hold => (Some("hold"), Slot::Hold),
                StepKind::Down => (Some("down"), Slot::Down),
                // "Your pace" once per set and side; later reps are counted as they are done.
                _ => ((step.rep == Some(1)).then_some("your_pace"), Slot::Rep),
            };
            // A phase with the routine's own words says them, never the default word, which
            // could contradict the movement ("up" while bending forward).
            words.extend(word.map(|word| match slot.text(&plan.cues) {
                Some(_) => Word::Own(step.exercise, slot),
                None => clip(lang, word),
            }));
        }
    }
    words
}

fn set_of(lang: Lang, set: u32, sets: u32) -> Vec<Word> {
    let mut words = vec![clip(lang, "set")];
    words.extend(number(lang, set));
    words.push(clip(lang, "of"));
    words.extend(number(lang, sets));
    words
}

const UNITS: [&str; 30] = [
    "", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11", "n12", "n13", "n14",
    "n15", "n16", "n17", "n18", "n19", "n20", "n21", "n22", "n23", "n24", "n25", "n26", "n27",
    "n28", "n29",
];
const TENS: [&str; 10] = [
    "", "", "n20", "n30", "n40", "n50", "n60", "n70", "n80", "n90",
];

/// A number as clips, the way the language counts: English has 1–19 and the tens, and says
/// 21–99 as two ("twenty" "one"); Spanish has 1–29 (veintiuno is one word) and the tens, and
/// says 31–99 as three ("treinta" "y" "uno"). 100 has its own; larger counts are not spoken
/// (the phase words still are).
pub fn number(lang: Lang, n: u32) -> Vec<Word> {
    let own = match lang {
        Lang::En => 19,
        Lang::Es => 29,
    };
    match n {
        1..=99 if n <= own || n.is_multiple_of(10) => {
            let name = if n <= own {
                UNITS[n as usize]
            } else {
                TENS[(n / 10) as usize]
            };
            vec![clip(lang, name)]
        }
        20..=99 => {
            let mut words = vec![clip(lang, TENS[(n / 10) as usize])];
            if lang == Lang::Es {
                words.push(clip(lang, "and"));
            }
            words.push(clip(lang, UNITS[(n % 10) as usize]));
            words
        }
        100 => vec![clip(lang, "n100")],
        _ => Vec::new(),
    }
}

/// Every clip name a [`Word::Clip`] can carry in `lang`, for checking the bundle.
pub fn clip_names(lang: Lang) -> Vec<&'static str> {
    let mut names = vec![
        "get_ready",
        "up",
        "hold",
        "down",
        "your_pace",
        "rest",
        "switch_sides",
        "halfway",
        "last_rep",
        "set",
        "of",
        "next",
        "left_side",
        "right_side",
        "well_done",
        "exercise_done",
        "n100",
    ];
    names.extend(UNITS.iter().skip(1).take(19));
    names.extend(TENS.iter().skip(2));
    if lang == Lang::Es {
        names.extend(UNITS.iter().skip(21));
        names.push("and");
    }
    let mut names: Vec<&'static str> = names
        .into_iter()
        .map(|n| super::bank::localised(lang, n))
        .collect();
    names.extend(["tone_start", "tone_tick", "tone_end"]);
    names
}

#[cfg(test)]
mod tests;
