//! Exercises Repcue ships a drawing and a spoken name for, recognised by their name.

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
pub fn recognise(name: &str) -> Option<Known> {
    let name = name.to_lowercase();
    let table: [(&[&str], Known); 5] = [
        (
            &["knee rock", "knee sway", "windscreen", "windshield"],
            Known::KneeRocks,
        ),
        (&["pelvic tilt"], Known::PelvicTilt),
        (&["bridge"], Known::HipBridge),
        (&["clam"], Known::Clamshell),
        (
            &["forward bend", "forward fold", "hamstring stretch"],
            Known::SeatedForwardBend,
        ),
    ];
    table
        .iter()
        .find(|(words, _)| words.iter().any(|w| name.contains(w)))
        .map(|(_, known)| *known)
}
