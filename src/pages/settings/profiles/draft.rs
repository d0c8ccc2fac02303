//! The partner's edits of a profile, kept in sessionStorage while they edit, so a reload, a
//! wrong turn or an expired session loses nothing. Profiles hold no secrets. The draft keeps the
//! values the edits started from too: restored over a newer version, it is merged like a 412.

use serde::{Deserialize, Serialize};

use super::spec::{Kind, Values};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The values as read when the edits began (or as last merged).
    pub base: Values,
    /// The values as typed.
    pub mine: Values,
}

pub fn load(kind: Kind) -> Option<Draft> {
    crate::storage::load(kind.draft_key())
}

pub fn save(kind: Kind, draft: &Draft) {
    crate::storage::save(kind.draft_key(), draft);
}

pub fn clear(kind: Kind) {
    crate::storage::clear(kind.draft_key());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_survives_the_round_trip_and_anything_else_is_no_draft() {
        let mut d = Draft::default();
        d.base.insert("email".into(), "a@fabrikam.com".into());
        d.mine.insert("email".into(), "b@fabrikam.com".into());
        let text = serde_json::to_string(&d).unwrap();
        assert_eq!(crate::storage::decode::<Draft>(&text), Some(d));
        assert_eq!(crate::storage::decode::<Draft>("{\"base\":1}"), None);
        assert_eq!(crate::storage::decode::<Draft>("not json"), None);
    }
}
