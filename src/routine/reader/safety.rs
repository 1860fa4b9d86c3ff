//! The `[safety]` table: the routine's own warning signs (urgent, contact) and phone number.

use toml::de::{DeTable, DeValue};

use super::Reader;
use crate::routine::Safety;
use crate::t;

/// The keys `[safety]` takes.
pub(crate) const SAFETY_KEYS: &[&str] = &["urgent", "contact", "phone"];

impl Reader<'_> {
    pub(super) fn safety(&mut self, root: &DeTable<'_>) -> Safety {
        let mut safety = Safety::default();
        let Some(value) = root.get("safety") else {
            return safety;
        };
        let DeValue::Table(table) = value.get_ref() else {
            self.wrong_type(value, "safety", &t!("routine-expected-safety"));
            return safety;
        };
        for (key, value) in table {
            match key.get_ref().as_ref() {
                "urgent" => safety.urgent = self.signs(value, "urgent"),
                "contact" => safety.contact = self.signs(value, "contact"),
                "phone" => {
                    safety.phone = self
                        .text_of(value, "phone")
                        .and_then(|text| self.sentence(value.span(), "phone", &text));
                }
                _ => self.unknown_key(key, value, SAFETY_KEYS, &t!("routine-place-safety")),
            }
        }
        safety
    }

    /// A list of warning signs: at least one, each 1–200 characters.
    fn signs(&mut self, value: &toml::Spanned<DeValue<'_>>, key: &str) -> Option<Vec<String>> {
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(value, key, &t!("routine-expected-signs"));
            return None;
        };
        if items.is_empty() {
            self.error(
                value.span(),
                t!("routine-signs-empty", key = key),
                t!("routine-signs-empty-hint"),
            );
            return None;
        }
        if items.len() > Safety::MAX_SIGNS {
            self.error(
                value.span(),
                t!(
                    "routine-too-many-signs",
                    key = key,
                    count = items.len(),
                    max = Safety::MAX_SIGNS.to_string()
                ),
                t!("routine-too-many-signs-hint"),
            );
            return None;
        }
        let mut signs = Vec::new();
        for item in items {
            let text = self.text_of(item, key)?;
            signs.push(self.sentence(item.span(), key, &text)?);
        }
        Some(signs)
    }

    fn sentence(&mut self, span: std::ops::Range<usize>, key: &str, text: &str) -> Option<String> {
        let text = text.trim();
        let chars = text.chars().count();
        if chars == 0 {
            self.error(
                span,
                t!("routine-sign-empty", key = key),
                t!("routine-sign-empty-hint"),
            );
            None
        } else if chars > Safety::MAX_CHARS {
            self.error(
                span,
                t!(
                    "routine-sign-too-long",
                    key = key,
                    count = chars,
                    max = Safety::MAX_CHARS.to_string()
                ),
                t!("routine-sign-too-long-hint"),
            );
            None
        } else {
            Some(text.to_string())
        }
    }
}
