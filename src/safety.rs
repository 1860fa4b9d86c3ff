//! The safety texts the app shows: before starting, when something hurts, and the warning signs
//! in two levels — get urgent help now, or contact your physiotherapist — with a routine's own
//! `[safety]` lists and phone number where it gives them.

use crate::routine::Routine;

/// Shown on the overview, above the Start button.
pub fn notice() -> String {
    crate::t!("safety-notice")
}

/// Shown after "Stop — this hurts".
pub fn after_pain() -> String {
    crate::t!("safety-after-pain")
}

/// Signs of a problem with the nerves at the base of the spine: help is needed at once.
pub fn urgent() -> Vec<String> {
    vec![
        crate::t!("safety-urgent-bladder"),
        crate::t!("safety-urgent-saddle"),
        crate::t!("safety-urgent-weakness"),
        crate::t!("safety-urgent-fever"),
    ]
}

/// Signs to see a professional about soon.
pub fn contact() -> Vec<String> {
    vec![
        crate::t!("safety-contact-pain"),
        crate::t!("safety-contact-numbness"),
        crate::t!("safety-contact-weakness"),
        crate::t!("safety-contact-walking"),
    ]
}

/// Heading of the urgent signs.
pub fn urgent_heading() -> String {
    crate::t!("safety-urgent-heading")
}

/// Heading of the contact signs.
pub fn contact_heading() -> String {
    crate::t!("safety-contact-heading")
}

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
        Self {
            urgent: routine.safety.urgent.clone().unwrap_or_else(urgent),
            contact: routine.safety.contact.clone().unwrap_or_else(contact),
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
        assert_eq!(warnings.urgent, urgent(), "urgent signs stay");
        assert_eq!(warnings.phone.as_deref(), Some("Clinic: 0123 456 789"));
    }

    #[test]
    fn the_english_texts_read_as_written() {
        crate::i18n::with(crate::i18n::Lang::En, || {
            assert_eq!(
                notice(),
                "Follow your physiotherapist's guidance and do each exercise the way you were \
                 shown. Move slowly and keep breathing. If an exercise hurts, stop at once: press \
                 \"Stop — this hurts\"."
            );
            assert_eq!(
                after_pain(),
                "You did the right thing by stopping. Rest in a comfortable position. Tell your \
                 physiotherapist what happened."
            );
            assert_eq!(
                urgent_heading(),
                "Get urgent help now — call emergency services or go to an emergency department \
                 — if you have:"
            );
            assert_eq!(
                urgent(),
                [
                    "You cannot control your bladder or bowels, or cannot pass urine",
                    "Numbness between your legs, around your bottom or genitals (the saddle area)",
                    "Sudden weakness in both legs, or your legs giving way",
                    "Back pain with a high temperature, or after a fall or accident",
                ]
            );
            assert_eq!(
                contact_heading(),
                "Contact your physiotherapist or doctor if you notice:"
            );
            assert_eq!(
                contact(),
                [
                    "Pain that does not settle, or gets worse, even when you rest",
                    "Numbness or tingling in one leg, buttock or foot",
                    "Weakness you can't explain",
                    "Trouble walking or standing",
                ]
            );
        });
    }
}
