//! The exercises Repcue ships a drawing and a spoken name for, recognised by words in an
//! exercise's name, in English or Spanish ("Hip bridge", "Bridge with a hold", "Puente de
//! glúteos" → the hip bridge), and the lookups the
//! screens and the sound use.

/// A common exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Known {
    /// Knees swaying side to side, lying on the back.
    KneeRocks,
    /// Tipping the pelvis, lying on the back.
    PelvicTilt,
    /// Lifting the hips, lying on the back.
    HipBridge,
    /// Opening the top knee, lying on the side.
    Clamshell,
    /// Bending forward from the hips, sitting.
    SeatedForwardBend,
}

/// The known exercise an exercise name refers to, if any.
fn recognise(name: &str) -> Option<Known> {
    let name = name.to_lowercase();
    let table: [(&[&str], Known); 5] = [
        (
            &[
                "knee rock",
                "knee sway",
                "windscreen",
                "windshield",
                "balanceo de rodillas",
                "limpiaparabrisas",
            ],
            Known::KneeRocks,
        ),
        (
            &["pelvic tilt", "basculación pélvica", "basculacion pelvica"],
            Known::PelvicTilt,
        ),
        (&["bridge", "puente"], Known::HipBridge),
        (&["clam", "almeja"], Known::Clamshell),
        (
            &[
                "forward bend",
                "forward fold",
                "hamstring stretch",
                "flexión hacia delante",
                "flexion hacia delante",
                "flexión hacia adelante",
                "flexion hacia adelante",
                "estiramiento de isquiotibiales",
            ],
            Known::SeatedForwardBend,
        ),
    ];
    table
        .iter()
        .find(|(words, _)| words.iter().any(|w| name.contains(w)))
        .map(|(_, known)| *known)
}

impl Known {
    /// Every known exercise.
    #[cfg(test)]
    pub const ALL: [Self; 5] = [
        Self::KneeRocks,
        Self::PelvicTilt,
        Self::HipBridge,
        Self::Clamshell,
        Self::SeatedForwardBend,
    ];

    /// The bundled drawing (SVG).
    pub fn drawing(self) -> &'static [u8] {
        match self {
            Self::KneeRocks => include_bytes!("../assets/illustrations/knee_rocks.svg"),
            Self::PelvicTilt => include_bytes!("../assets/illustrations/pelvic_tilt.svg"),
            Self::HipBridge => include_bytes!("../assets/illustrations/hip_bridge.svg"),
            Self::Clamshell => include_bytes!("../assets/illustrations/clamshell.svg"),
            Self::SeatedForwardBend => {
                include_bytes!("../assets/illustrations/seated_forward_bend.svg")
            }
        }
    }

    /// The bundled clip that says its name.
    pub fn name_clip(self) -> &'static str {
        match self {
            Self::KneeRocks => "name_knee_rocks",
            Self::PelvicTilt => "name_pelvic_tilt",
            Self::HipBridge => "name_hip_bridge",
            Self::Clamshell => "name_clamshell",
            Self::SeatedForwardBend => "name_seated_forward_bend",
        }
    }
}

/// The bundled drawing for an exercise without an `image` of its own, if one fits its name.
pub fn drawing(name: &str) -> Option<&'static [u8]> {
    recognise(name).map(Known::drawing)
}

/// The bundled clip that says an exercise's name, if one fits it.
pub fn name_clip(name: &str) -> Option<&'static str> {
    recognise(name).map(Known::name_clip)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_exercise_has_a_drawing_and_a_spoken_name() {
        let english = crate::routine::parse_str(crate::BUNDLED_ROUTINE, "bundled").expect("valid");
        let spanish =
            crate::routine::parse_str(crate::BUNDLED_ROUTINE_ES, "bundled es").expect("valid");
        assert_eq!(spanish.language, Some(crate::i18n::Lang::Es));
        assert_eq!(english.exercises.len(), spanish.exercises.len());
        for (en, es) in english.exercises.iter().zip(&spanish.exercises) {
            assert!(drawing(&en.name).is_some(), "{}", en.name);
            assert!(name_clip(&en.name).is_some(), "{}", en.name);
            // The Spanish routine's exercise is recognised as the same one.
            assert_eq!(recognise(&es.name), recognise(&en.name), "{}", es.name);
        }
        for known in Known::ALL {
            crate::media::render_svg(known.drawing()).expect("renders");
        }
        assert!(drawing("Calf raise").is_none());
        assert!(name_clip("Calf raise").is_none());
    }
}
