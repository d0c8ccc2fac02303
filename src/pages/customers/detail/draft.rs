//! The partner's Bill-to edits, kept in sessionStorage per customer while they edit, so a
//! reload, a wrong turn or an expired session loses nothing. A billing profile holds no secret.
//! The draft keeps the values the edits started from: restored over a newer version, it is
//! merged like a 412.

use serde::{Deserialize, Serialize};

use super::billing::Values;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub base: Values,
    pub mine: Values,
}

/// The key of a customer's draft (one per customer, so two tabs on two customers keep theirs).
pub fn key(customer: &str) -> String {
    format!("pc.customer.billing.{customer}")
}

pub fn load(customer: &str) -> Option<Draft> {
    crate::storage::load(&key(customer))
}

pub fn save(customer: &str, draft: &Draft) {
    crate::storage::save(&key(customer), draft);
}

pub fn clear(customer: &str) {
    crate::storage::clear(&key(customer));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_round_trips_and_anything_else_is_none() {
        let mut d = Draft::default();
        d.base.insert("email".into(), "a@x.cn".into());
        d.mine.insert("email".into(), "b@x.cn".into());
        let text = serde_json::to_string(&d).unwrap();
        assert_eq!(crate::storage::decode::<Draft>(&text), Some(d));
        assert_eq!(crate::storage::decode::<Draft>("{\"base\":1}"), None);
        assert_ne!(key("a"), key("b"));
    }
}
