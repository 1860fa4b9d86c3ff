//! The drawings Repcue ships for common exercises, matched by name, used when an exercise
//! gives no `image` of its own.

const KNEE_ROCKS: &[u8] = include_bytes!("../../assets/illustrations/knee_rocks.svg");
const PELVIC_TILT: &[u8] = include_bytes!("../../assets/illustrations/pelvic_tilt.svg");
const HIP_BRIDGE: &[u8] = include_bytes!("../../assets/illustrations/hip_bridge.svg");
const CLAMSHELL: &[u8] = include_bytes!("../../assets/illustrations/clamshell.svg");
const FORWARD_BEND: &[u8] = include_bytes!("../../assets/illustrations/seated_forward_bend.svg");

/// The bundled drawing for an exercise name, if one fits.
pub fn for_exercise(name: &str) -> Option<&'static [u8]> {
    let name = name.to_lowercase();
    let table: [(&[&str], &'static [u8]); 5] = [
        (
            &["knee rock", "knee sway", "windscreen", "windshield"],
            KNEE_ROCKS,
        ),
        (&["pelvic tilt"], PELVIC_TILT),
        (&["bridge"], HIP_BRIDGE),
        (&["clam"], CLAMSHELL),
        (
            &["forward bend", "forward fold", "hamstring stretch"],
            FORWARD_BEND,
        ),
    ];
    table
        .iter()
        .find(|(words, _)| words.iter().any(|w| name.contains(w)))
        .map(|(_, svg)| *svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_exercise_has_a_drawing() {
        let routine = crate::routine::parse_str(crate::BUNDLED_ROUTINE, "bundled").expect("valid");
        for exercise in &routine.exercises {
            assert!(for_exercise(&exercise.name).is_some(), "{}", exercise.name);
        }
        assert!(for_exercise("Calf raise").is_none());
    }

    #[test]
    fn every_drawing_renders() {
        for svg in [KNEE_ROCKS, PELVIC_TILT, HIP_BRIDGE, CLAMSHELL, FORWARD_BEND] {
            crate::worker::render_svg(svg).expect("renders");
        }
    }
}
