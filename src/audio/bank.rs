//! The bundled clips (embedded in the binary), decoded once at start-up, and converted once to
//! the output's sample rate when a device opens.

use std::collections::HashMap;
use std::num::NonZero;
use std::sync::Arc;

use rodio::buffer::SamplesBuffer;
use rodio::source::UniformSourceIterator;

use super::clip::decode;
use super::speech::{Utterance, Word};
use crate::i18n::Lang;
use crate::timeline::Timeline;

macro_rules! clips {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_bytes!(concat!("../../assets/sounds/", $name, ".ogg")) as &[u8])),*]
    };
}

/// Clips in a language other than English: named `LANG/NAME` (`assets/sounds/LANG/NAME.ogg`).
macro_rules! clips_in {
    ($lang:literal: $($name:literal),* $(,)?) => {
        &[$((
            concat!($lang, "/", $name),
            include_bytes!(concat!("../../assets/sounds/", $lang, "/", $name, ".ogg")) as &[u8],
        )),*]
    };
}

/// Every bundled clip: name and Ogg Vorbis bytes (made by `scripts/make-sounds`).
pub const CLIPS: &[(&str, &[u8])] = clips!(
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
    "n1",
    "n2",
    "n3",
    "n4",
    "n5",
    "n6",
    "n7",
    "n8",
    "n9",
    "n10",
    "n11",
    "n12",
    "n13",
    "n14",
    "n15",
    "n16",
    "n17",
    "n18",
    "n19",
    "n20",
    "n30",
    "n40",
    "n50",
    "n60",
    "n70",
    "n80",
    "n90",
    "n100",
    "name_knee_rocks",
    "name_pelvic_tilt",
    "name_hip_bridge",
    "name_clamshell",
    "name_seated_forward_bend",
    "tone_start",
    "tone_tick",
    "tone_end",
);

/// The Spanish voice (`scripts/make-sounds`): the same words, and 21–29 and "y" for counting.
pub const CLIPS_ES: &[(&str, &[u8])] = clips_in!("es":
    "get_ready", "up", "hold", "down", "your_pace", "rest", "switch_sides", "halfway",
    "last_rep", "set", "of", "next", "left_side", "right_side", "well_done", "exercise_done",
    "and", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11", "n12", "n13",
    "n14", "n15", "n16", "n17", "n18", "n19", "n20", "n21", "n22", "n23", "n24", "n25", "n26",
    "n27", "n28", "n29", "n30", "n40", "n50", "n60", "n70", "n80", "n90", "n100",
    "name_knee_rocks", "name_pelvic_tilt", "name_hip_bridge", "name_clamshell",
    "name_seated_forward_bend",
);

/// Every bundled clip of every language.
pub fn all_clips() -> impl Iterator<Item = &'static (&'static str, &'static [u8])> {
    CLIPS.iter().chain(CLIPS_ES)
}

/// The name of the clip that says `name` (an English clip name) in `lang`: `es/up` for `up`.
/// A clip a language has no own version of (the tones) is the same in every language.
pub fn localised(lang: Lang, name: &'static str) -> &'static str {
    let clips = match lang {
        Lang::En => return name,
        Lang::Es => CLIPS_ES,
    };
    clips
        .iter()
        .map(|(full, _)| *full)
        .find(|full| full.split_once('/').is_some_and(|(_, n)| n == name))
        .unwrap_or(name)
}

/// Converts a decoded buffer to mono at `rate`, with leading silence trimmed so the first
/// sample is the onset.
pub fn to_output(buffer: &SamplesBuffer, rate: NonZero<u32>) -> Arc<[f32]> {
    let mono: Vec<f32> = UniformSourceIterator::new(buffer.clone(), rodio::nz!(1), rate).collect();
    let onset = mono.iter().position(|s| s.abs() > 0.01).unwrap_or(0);
    mono[onset..].into()
}

/// The samples, at one output rate, that the words of a routine's cues resolve to.
pub struct Library<'a> {
    /// The bundled clips, by name.
    pub clips: &'a HashMap<&'static str, Arc<[f32]>>,
    /// Each exercise's own intro clip, where it has one that plays.
    pub intros: &'a [Option<Arc<[f32]>>],
    /// The routine's own words spoken (see [`super::espeak`]), by text.
    pub spoken: &'a HashMap<String, Arc<[f32]>>,
    /// The plan the words are about.
    pub timeline: &'a Timeline,
}

impl Library<'_> {
    /// The sound of one word, or `None` when it is better left out.
    pub fn word(&self, word: &Word) -> Option<Arc<[f32]>> {
        match *word {
            Word::Clip(name) => self.clips.get(name).cloned(),
            Word::Intro(exercise) => {
                let name = &self.timeline.exercises.get(exercise)?.name;
                self.intros
                    .get(exercise)
                    .cloned()
                    .flatten()
                    .or_else(|| {
                        let clip = crate::catalogue::name_clip(name)?;
                        let lang = super::speech::speech_lang(self.timeline);
                        self.clips.get(localised(lang, clip)).cloned()
                    })
                    .or_else(|| self.spoken.get(name).cloned())
            }
            Word::Own(exercise, slot) => {
                let cues = &self.timeline.exercises.get(exercise)?.cues;
                let spoken = slot.text(cues).and_then(|text| self.spoken.get(text));
                match spoken {
                    Some(samples) => Some(samples.clone()),
                    None if slot.is_phase() => self.clips.get("tone_start").cloned(),
                    None => None,
                }
            }
        }
    }
}

/// Silence between the words of one utterance.
pub const WORD_GAP: std::time::Duration = std::time::Duration::from_millis(30);

/// Joins an utterance's clips (looked up by `clip`; words without one are left out) into one
/// sound at `rate`, and returns it with the number of samples before its beat.
pub fn assemble(
    utterance: &Utterance,
    clip: impl Fn(&Word) -> Option<Arc<[f32]>>,
    rate: u32,
) -> Option<(Arc<[f32]>, usize)> {
    let gap = vec![0.0; (WORD_GAP.as_secs_f64() * f64::from(rate)) as usize];
    let mut samples: Vec<f32> = Vec::new();
    let mut lead = None;
    for (index, word) in utterance.words.iter().enumerate() {
        let Some(clip) = clip(word) else { continue };
        if !samples.is_empty() {
            samples.extend_from_slice(&gap);
        }
        if index >= utterance.beat && lead.is_none() {
            lead = Some(samples.len());
        }
        samples.extend_from_slice(&clip);
    }
    (!samples.is_empty()).then(|| (samples.into(), lead.unwrap_or(0)))
}

/// All bundled clips, decoded.
pub fn decode_bundled() -> HashMap<&'static str, SamplesBuffer> {
    all_clips()
        .filter_map(|(name, bytes)| match decode(bytes.to_vec()) {
            Ok(buffer) => Some((*name, buffer)),
            Err(err) => {
                log::error!("bundled clip {name} {err}");
                None
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rodio::Source;

    #[test]
    fn every_known_exercise_has_its_name_among_the_clips_in_every_language() {
        for known in crate::catalogue::Known::ALL {
            for lang in Lang::ALL {
                let clip = localised(lang, known.name_clip());
                assert!(all_clips().any(|(name, _)| *name == clip), "{clip}");
                assert_eq!(clip.starts_with("es/"), lang == Lang::Es, "{clip}");
            }
        }
    }

    #[test]
    fn every_clip_decodes_and_every_spoken_word_has_a_clip_in_every_language() {
        let decoded = decode_bundled();
        assert_eq!(decoded.len(), CLIPS.len() + CLIPS_ES.len());
        for lang in Lang::ALL {
            for name in crate::audio::speech::clip_names(lang) {
                assert!(decoded.contains_key(name), "{name} has no clip");
                let own = name.starts_with("es/") || name.starts_with("tone_");
                assert!(lang == Lang::En || own, "{name} is not Spanish");
            }
        }
        for (name, buffer) in &decoded {
            let seconds = buffer.total_duration().map_or(0.0, |d| d.as_secs_f64());
            assert!(seconds > 0.03 && seconds < 1.5, "{name} lasts {seconds} s");
        }
    }

    #[test]
    fn output_conversion_trims_leading_silence() {
        let mut samples = vec![0.0; 100];
        samples.extend([0.5; 50]);
        let buffer = SamplesBuffer::new(rodio::nz!(1), rodio::nz!(48000), samples);
        let out = to_output(&buffer, rodio::nz!(48000));
        assert_eq!(out.len(), 50);
        assert!(decode(b"not audio".to_vec()).is_err());
    }
}
