//! What the partner typed on Add user or a user's page, kept in sessionStorage so a reload or an
//! expired session loses nothing. Never the temporary password: it is shown once, from memory.

use serde::{Deserialize, Serialize};

pub const ADD_KEY: &str = "pc.settings.users.add";
pub const EDIT_KEY: &str = "pc.settings.users.edit";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct UserDraft {
    /// The user the edits are for (the edit page); empty on Add user.
    pub id: String,
    pub name: String,
    pub email: String,
    /// Role choices as the contract writes them, "" for none (see `roles`).
    pub admin: String,
    pub agent: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_round_trips_and_anything_else_reads_as_none() {
        let d = UserDraft {
            id: "u".into(),
            name: "林芳".into(),
            email: "a@b".into(),
            admin: "".into(),
            agent: "sales_agent".into(),
        };
        let text = serde_json::to_string(&d).unwrap();
        assert!(!text.to_lowercase().contains("password"));
        assert_eq!(crate::storage::decode::<UserDraft>(&text), Some(d));
        assert_eq!(crate::storage::decode::<UserDraft>("[1]"), None);
        assert_eq!(crate::storage::decode::<UserDraft>("{}"), Some(UserDraft::default()));
    }
}
