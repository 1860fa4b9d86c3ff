//! Which words and tones each step of a timeline gets.

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
                    Word::Own(_, Slot::Left | Slot::Right) => "<own side>",
                    Word::Own(..) => "<own>",
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
    assert!(words.contains(&"<own>"), "its own words instead");
    assert!(words.contains(&"<own side>"), "its own side words instead");
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
    let en = |n| number(Lang::En, n);
    assert_eq!(en(7), [Word::Clip("n7")]);
    assert_eq!(en(20), [Word::Clip("n20")]);
    assert_eq!(en(42), [Word::Clip("n40"), Word::Clip("n2")]);
    assert_eq!(en(100), [Word::Clip("n100")]);
    assert!(en(101).is_empty());
}

#[test]
fn spanish_counts_the_spanish_way() {
    let es = |n| number(Lang::Es, n);
    assert_eq!(es(7), [Word::Clip("es/n7")]);
    // Veintiuno to veintinueve are one word each.
    assert_eq!(es(24), [Word::Clip("es/n24")]);
    assert_eq!(es(30), [Word::Clip("es/n30")]);
    assert_eq!(
        es(42),
        [
            Word::Clip("es/n40"),
            Word::Clip("es/and"),
            Word::Clip("es/n2")
        ]
    );
    assert_eq!(es(100), [Word::Clip("es/n100")]);
    assert!(es(0).is_empty());
}

#[test]
fn a_routine_in_spanish_is_cued_in_spanish_whatever_the_persons_language() {
    let text = "[routine]\ntitle='T'\nlanguage='es'\nprepare=4\n[[exercise]]\nname='Puente'\n\
                sets=2\nreps=2\ntempo={up=1,hold=2,down=1}\nrest_between_sets=10\n";
    let said = spoken(text, SoundMode::Voice);
    assert_eq!(said[0].1, ["es/get_ready", "<name>"]);
    let all: Vec<&str> = said.iter().flat_map(|(_, w)| w.iter().copied()).collect();
    for word in [
        "es/n3",
        "es/up",
        "es/hold",
        "es/down",
        "es/last_rep",
        "es/rest",
        "es/well_done",
    ] {
        assert!(all.contains(&word), "{word} missing from {all:?}");
    }
    assert!(
        all.iter().all(|w| w.starts_with("es/") || *w == "<name>"),
        "{all:?}"
    );
    // The same routine without a language follows the person's (English in tests)...
    let english = spoken(&text.replace("language='es'\n", ""), SoundMode::Voice);
    assert_eq!(english[0].1, ["get_ready", "<name>"]);
    // ...and a Spanish speaker's.
    let spanish = crate::i18n::with(Lang::Es, || {
        spoken(&text.replace("language='es'\n", ""), SoundMode::Voice)
    });
    assert_eq!(spanish[0].1, ["es/get_ready", "<name>"]);
}
