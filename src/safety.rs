//! The safety texts the app shows: before starting, when something hurts, and the warning signs
//! that call for a professional.

/// Shown on the overview, above the Start button.
pub const NOTICE: &str = "Follow your physiotherapist's guidance and do each exercise the way you were shown. \
Move slowly and keep breathing. If an exercise hurts, stop at once: press \"Stop — this hurts\".";

/// Shown after "Stop — this hurts".
pub const AFTER_PAIN: &str = "You did the right thing by stopping. Rest in a comfortable position. \
Don't repeat the exercise that hurt until you have talked to your physiotherapist, and tell them what happened.";

/// Warning signs that call for professional help.
pub const WARNING_SIGNS: &[&str] = &[
    "pain that does not settle, or gets worse, even when you rest",
    "numbness or tingling in your legs, buttocks or groin",
    "weakness you can't explain",
    "trouble walking or standing",
];

/// Heading for [`WARNING_SIGNS`].
pub const WARNING_SIGNS_HEADING: &str = "Contact your physiotherapist or doctor if you notice:";
