//! The drawings Repcue ships for common exercises, used when an exercise gives no `image`.

use crate::known::{self, Known};

/// The bundled drawing for an exercise name, if one fits.
pub fn for_exercise(name: &str) -> Option<&'static [u8]> {
    Some(match known::recognise(name)? {
        Known::KneeRocks => include_bytes!("../../assets/illustrations/knee_rocks.svg"),
        Known::PelvicTilt => include_bytes!("../../assets/illustrations/pelvic_tilt.svg"),
        Known::HipBridge => include_bytes!("../../assets/illustrations/hip_bridge.svg"),
        Known::Clamshell => include_bytes!("../../assets/illustrations/clamshell.svg"),
        Known::SeatedForwardBend => {
            include_bytes!("../../assets/illustrations/seated_forward_bend.svg")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_exercise_has_a_drawing_that_renders() {
        let routine = crate::routine::parse_str(crate::BUNDLED_ROUTINE, "bundled").expect("valid");
        for exercise in &routine.exercises {
            let svg = for_exercise(&exercise.name).expect("a drawing");
            crate::worker::render_svg(svg).expect("renders");
        }
        assert!(for_exercise("Calf raise").is_none());
    }
}
