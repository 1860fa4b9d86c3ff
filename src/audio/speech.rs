//! What each cue says: the words (or tones) for a group of cues that fall due together, and
//! which word carries the beat. Pure, so the whole spoken plan of a routine can be checked.

use std::time::Duration;

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
                && plan.cues.left.is_none()
            {
                words.push(Word::Clip("left_side"));
            }
        }
        StepKind::Rest => {
            words.push(Word::Clip("rest"));
            // A rest between sets says which set comes next, when it is long enough to say it
            // and still count down.
            let long = step.duration.is_some_and(|d| d >= SET_ANNOUNCEMENT_REST);
            if long
                && step.rep.is_none()
                && step.side.is_none()
                && plan.sets > 1
                && step.set.is_some()
            {
                words.push(Word::Clip("next"));
                words.extend(set_of(step.set.unwrap_or(1), plan.sets));
            }
        }
        StepKind::SwitchSides => {
            words.push(Word::Clip("switch_sides"));
            // A side with the routine's own words is not called "right side" out loud.
            if plan.cues.right.is_none() {
                words.push(Word::Clip("right_side"));
            }
        }
        StepKind::Up | StepKind::Hold | StepKind::Down | StepKind::Rep => {
            if first_of_rep && step.rep == Some(plan.reps_per_set) && plan.reps_per_set > 1 {
                words.push(Word::Clip("last_rep"));
            }
            let (word, own) = match kind {
                StepKind::Up => (Some("up"), &plan.cues.up),
                StepKind::Hold => (Some("hold"), &plan.cues.hold),
                StepKind::Down => (Some("down"), &plan.cues.down),
                // "Your pace" once per set and side; later reps are counted as they are done.
                _ => ((step.rep == Some(1)).then_some("your_pace"), &plan.cues.rep),
            };
            // A phase with the routine's own words is never given the default word out loud,
            // which could contradict the movement ("up" while bending forward): a tone marks
            // its beat instead.
            let word = match own {
                Some(_) => word.map(|_| "tone_start"),
                None => word,
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
            if !n.is_multiple_of(10) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Session;
    use std::sync::Arc;

    /// Every group of simultaneous cues of a routine, as (plan seconds, words).
    fn spoken(text: &str, mode: SoundMode) -> Vec<(f64, Vec<&'static str>)> {
        let routine = crate::routine::parse_str(text, "t.toml").expect("valid");
        let timeline = Arc::new(Timeline::new(&routine));
        let cues = Session::new(timeline.clone()).cue_plan().to_vec();
        cues.chunk_by(|a, b| a.at == b.at)
            .map(|group| {
                let words = utterance(group, &timeline, mode)
                    .words
                    .iter()
                    .map(|w| match w {
                        Word::Clip(name) => *name,
                        Word::Intro(_) => "<name>",
                    })
                    .collect();
                (group[0].at.as_secs_f64(), words)
            })
            .filter(|(_, words): &(f64, Vec<&str>)| !words.is_empty())
            .collect()
    }

    #[test]
    fn a_phase_or_side_with_its_own_words_is_never_given_the_default_word() {
        let said = spoken(
            "[routine]\ntitle='T'\nprepare=2\n[[exercise]]\nname='Stretch'\neach_side=true\n\
             tempo={up=3,hold=4,down=3}\nswitch_sides=3\n\
             cues={up='Bend forward',down='Sit up slowly',left='Lie on your right side',right='Lie on your left side'}\n",
            SoundMode::Voice,
        );
        let words: Vec<&str> = said.iter().flat_map(|(_, w)| w.clone()).collect();
        for default in ["up", "down", "left_side", "right_side"] {
            assert!(!words.contains(&default), "{default} in {said:?}");
        }
        assert!(
            words.contains(&"hold"),
            "a phase without its own words keeps its word"
        );
        assert!(
            words.contains(&"tone_start"),
            "a tone marks the beat instead"
        );
    }

    #[test]
    fn each_step_kind_says_its_word_and_counts_land_before_the_beat() {
        let said = spoken(
            "[routine]\ntitle='T'\nprepare=4\n[[exercise]]\nname='Bridge'\nsets=2\nreps=2\n\
             tempo={up=1,hold=10,down=1}\nrest_between_sets=10\n",
            SoundMode::Voice,
        );
        let at = |t: f64| {
            said.iter()
                .find(|(s, _)| (*s - t).abs() < 1e-9)
                .map(|(_, w)| w.clone())
        };
        assert_eq!(at(0.0), Some(vec!["get_ready", "<name>"]));
        assert_eq!(at(1.0), Some(vec!["n3"]));
        assert_eq!(at(4.0), Some(vec!["up"]));
        assert_eq!(at(5.0), Some(vec!["hold"]));
        assert_eq!(at(10.0), Some(vec!["halfway"]));
        assert_eq!(at(15.0), Some(vec!["down"]));
        // Rep 1 done: its number, then the last rep begins.
        assert_eq!(at(16.0), Some(vec!["n1", "last_rep", "up"]));
        // Set 1 done: the count, then the rest names the next set.
        assert_eq!(
            at(28.0),
            Some(vec!["n2", "rest", "next", "set", "n2", "of", "n2"])
        );
        assert_eq!(
            said.last().map(|(_, w)| w.clone()),
            Some(vec!["n2", "well_done"])
        );
        let utterance_at_16 = {
            let routine = crate::routine::parse_str(
                "[routine]\ntitle='T'\n[[exercise]]\nname='B'\nreps=2\nhold=1\n",
                "t.toml",
            )
            .expect("valid");
            let timeline = Timeline::new(&routine);
            let cues = Session::new(Arc::new(timeline.clone())).cue_plan().to_vec();
            let group: Vec<_> = cues
                .iter()
                .filter(|c| c.at.as_secs_f64() == 10.0)
                .copied()
                .collect();
            utterance(&group, &timeline, SoundMode::Voice)
        };
        assert_eq!(
            utterance_at_16.beat, 1,
            "the rep count is spoken before the beat"
        );
    }

    #[test]
    fn sides_self_paced_reps_and_short_rests() {
        let said = spoken(
            "[routine]\ntitle='T'\nprepare=2\n[[exercise]]\nname='Clam'\neach_side=true\npace='self'\nreps=2\n\
             switch_sides=5\nsets=2\nrest_between_sets=4\n",
            SoundMode::Voice,
        );
        let words: Vec<Vec<&str>> = said.iter().map(|(_, w)| w.clone()).collect();
        assert!(words.contains(&vec!["get_ready", "<name>", "left_side"]));
        assert!(
            words
                .iter()
                .any(|w| w.ends_with(&["switch_sides", "right_side"]))
        );
        // (Without "rep done" presses, a set's self-paced cues all share one moment here.)
        assert!(words.iter().any(|w| w.contains(&"your_pace")));
        // A 4-second rest only says "rest": no time to name the next set and count down.
        assert!(words.iter().any(|w| w.ends_with(&["rest"])));
        assert!(!words.iter().any(|w| w.contains(&"next")));
    }

    #[test]
    fn beeps_mode_has_one_tone_per_moment() {
        let said = spoken(
            "[routine]\ntitle='T'\nprepare=4\n[[exercise]]\nname='B'\nreps=2\n",
            SoundMode::Beeps,
        );
        assert!(said.iter().all(|(_, w)| w.len() == 1));
        assert_eq!(said[0].1, ["tone_start"]);
        assert_eq!(said[1].1, ["tone_tick"]);
        assert_eq!(said.last().map(|(_, w)| w[0]), Some("tone_end"));
    }

    #[test]
    fn numbers_are_spoken_up_to_one_hundred() {
        assert_eq!(number(7), [Word::Clip("n7")]);
        assert_eq!(number(20), [Word::Clip("n20")]);
        assert_eq!(number(42), [Word::Clip("n40"), Word::Clip("n2")]);
        assert_eq!(number(100), [Word::Clip("n100")]);
        assert!(number(101).is_empty());
    }
}
