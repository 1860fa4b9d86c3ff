//! What each cue says: the words (or tones) for a group of cues that fall due together, and
//! which word carries the beat. Pure, so the whole spoken plan of a routine can be checked.

use crate::session::{Cue, CueKind};
use crate::timeline::{Side, StepKind, Timeline};

/// Spoken words, or short tones only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SoundMode {
    /// Words for phases, counts and names.
    #[default]
    Voice,
    /// A start tone, a tick and an end tone.
    Beeps,
}

/// One piece of an utterance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Word {
    /// A bundled clip, by name (`assets/sounds/NAME.ogg`).
    Clip(&'static str),
    /// The exercise's own intro clip, or its bundled name, if it has one.
    Intro(usize),
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

/// The utterance for cues that fall due at the same moment (in plan order).
pub fn utterance(group: &[Cue], timeline: &Timeline, mode: SoundMode) -> Utterance {
    let mut before = Vec::new();
    let mut on_beat = Vec::new();
    for cue in group {
        let (lead, beat) = match mode {
            SoundMode::Voice => voice(cue, timeline),
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
fn voice(cue: &Cue, timeline: &Timeline) -> (Vec<Word>, Vec<Word>) {
    let clip = |name| vec![Word::Clip(name)];
    match cue.kind {
        CueKind::StepStarted(kind) => (Vec::new(), step_words(cue.step, kind, timeline)),
        CueKind::Countdown(n) => (Vec::new(), number(n)),
        CueKind::Halfway => (Vec::new(), clip("halfway")),
        // The count of a finished rep is said as it ends, just before the next beat.
        CueKind::RepCompleted { rep, .. } => (number(rep), Vec::new()),
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

fn step_words(index: usize, kind: StepKind, timeline: &Timeline) -> Vec<Word> {
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
            words.push(Word::Clip("get_ready"));
            words.push(Word::Intro(step.exercise));
            if timeline
                .steps
                .get(index + 1)
                .is_some_and(|next| next.side == Some(Side::Left))
            {
                words.push(Word::Clip("left_side"));
            }
        }
        StepKind::Rest => {
            words.push(Word::Clip("rest"));
            // A rest between sets says which set comes next.
            if step.rep.is_none() && step.side.is_none() && plan.sets > 1 && step.set.is_some() {
                words.push(Word::Clip("next"));
                words.extend(set_of(step.set.unwrap_or(1), plan.sets));
            }
        }
        StepKind::SwitchSides => {
            words.push(Word::Clip("switch_sides"));
            words.push(Word::Clip("right_side"));
        }
        StepKind::Up | StepKind::Hold | StepKind::Down | StepKind::Rep => {
            if first_of_rep && step.rep == Some(plan.reps_per_set) && plan.reps_per_set > 1 {
                words.push(Word::Clip("last_rep"));
            }
            let word = match kind {
                StepKind::Up => Some("up"),
                StepKind::Hold => Some("hold"),
                StepKind::Down => Some("down"),
                // "Your pace" once per set and side; later reps are counted as they are done.
                _ => (step.rep == Some(1)).then_some("your_pace"),
            };
            words.extend(word.map(Word::Clip));
        }
    }
    words
}

fn set_of(set: u32, sets: u32) -> Vec<Word> {
    let mut words = vec![Word::Clip("set")];
    words.extend(number(set));
    words.push(Word::Clip("of"));
    words.extend(number(sets));
    words
}

const UNITS: [&str; 20] = [
    "", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11", "n12", "n13", "n14",
    "n15", "n16", "n17", "n18", "n19",
];
const TENS: [&str; 10] = [
    "", "", "n20", "n30", "n40", "n50", "n60", "n70", "n80", "n90",
];

/// A number as clips: 1–19 and the tens have their own, 21–99 are two; 100 has its own;
/// larger counts are not spoken (the phase words still are).
pub fn number(n: u32) -> Vec<Word> {
    match n {
        1..=19 => vec![Word::Clip(UNITS[n as usize])],
        20..=99 => {
            let mut words = vec![Word::Clip(TENS[(n / 10) as usize])];
            if n % 10 > 0 {
                words.push(Word::Clip(UNITS[(n % 10) as usize]));
            }
            words
        }
        100 => vec![Word::Clip("n100")],
        _ => Vec::new(),
    }
}

/// Every clip name a [`Word::Clip`] can carry, for checking the bundle.
pub fn clip_names() -> Vec<&'static str> {
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
        "tone_start",
        "tone_tick",
        "tone_end",
    ];
    names.extend(UNITS.iter().skip(1));
    names.extend(TENS.iter().skip(2));
    names
}
