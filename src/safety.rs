//! The safety texts the app shows: before starting, when something hurts, and the warning signs
//! in two levels — get urgent help now, or contact your physiotherapist — with a routine's own
//! `[safety]` lists and phone number where it gives them.

use crate::routine::Routine;

/// Shown on the overview, above the Start button.
pub const NOTICE: &str = "Follow your physiotherapist's guidance and do each exercise the way you were shown. \
Move slowly and keep breathing. If an exercise hurts, stop at once: press \"Stop — this hurts\".";

/// Shown after "Stop — this hurts".
pub const AFTER_PAIN: &str = "You did the right thing by stopping. Rest in a comfortable position. \
Tell your physiotherapist what happened.";

/// Signs of a problem with the nerves at the base of the spine: help is needed at once.
pub const URGENT: &[&str] = &[
    "You cannot control your bladder or bowels, or cannot pass urine",
    "Numbness between your legs, around your bottom or genitals (the saddle area)",
    "Sudden weakness in both legs, or your legs giving way",
    "Back pain with a high temperature, or after a fall or accident",
];

/// Signs to see a professional about soon.
pub const CONTACT: &[&str] = &[
    "Pain that does not settle, or gets worse, even when you rest",
    "Numbness or tingling in one leg, buttock or foot",
    "Weakness you can't explain",
    "Trouble walking or standing",
];

/// Heading of the urgent signs.
pub const URGENT_HEADING: &str =
    "Get urgent help now — call emergency services or go to an emergency department — if you have:";
/// Heading of the contact signs.
pub const CONTACT_HEADING: &str = "Contact your physiotherapist or doctor if you notice:";

/// The pain score (0–10) at the pain check from which "Don't start today" is the main action.
pub const HIGH_PAIN: u8 = 8;

/// The warning signs for one routine: its own lists where it gives them, Repcue's otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warnings {
    /// Get urgent help now.
    pub urgent: Vec<String>,
    /// Contact the physiotherapist or doctor.
    pub contact: Vec<String>,
    /// Who to call, as the routine writes it.
    pub phone: Option<String>,
}

impl Warnings {
    /// The warning signs `routine` shows.
    pub fn of(routine: &Routine) -> Self {
        let own = |list: &Option<Vec<String>>, default: &[&str]| {
            list.clone()
                .unwrap_or_else(|| default.iter().map(|s| (*s).to_string()).collect())
        };
        Self {
            urgent: own(&routine.safety.urgent, URGENT),
            contact: own(&routine.safety.contact, CONTACT),
            phone: routine.safety.phone.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_routine_s_own_lists_replace_only_what_they_give() {
        let text = "[routine]\ntitle='T'\n[safety]\ncontact=['Call us if it aches']\nphone='Clinic: 0123 456 789'\n[[exercise]]\nname='A'\n";
        let routine = crate::routine::parse_str(text, "t.toml").expect("valid");
        let warnings = Warnings::of(&routine);
        assert_eq!(warnings.contact, vec!["Call us if it aches".to_string()]);
        assert_eq!(warnings.urgent.len(), URGENT.len(), "urgent signs stay");
        assert_eq!(warnings.phone.as_deref(), Some("Clinic: 0123 456 789"));
    }
}
