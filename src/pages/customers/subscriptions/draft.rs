//! What the partner typed on these pages, kept in sessionStorage so a reload or an expired
//! session (sign in and come back) loses nothing. Each draft names what it is for, so a draft of
//! another customer or subscription is never shown.

use serde::{Deserialize, Serialize};

pub const ADD_KEY: &str = "pc.customers.subscriptions.add";
pub const DETAIL_KEY: &str = "pc.customers.subscriptions.detail";

/// Add subscription: the offer chosen, the licenses, the nickname and the search.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AddDraft {
    pub customer: String,
    pub offer: String,
    pub quantity: String,
    pub nickname: String,
    pub search: String,
}

/// A subscription's page: the quantity and the nickname being typed (None: not being changed),
/// and the upgrade being prepared.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DetailDraft {
    pub subscription: String,
    pub quantity: Option<String>,
    pub nickname: Option<String>,
    pub upgrade_offer: Option<String>,
    pub upgrade_quantity: Option<String>,
}

/// The draft for `id`, if the stored one is for it.
pub fn detail_for(stored: Option<DetailDraft>, id: &str) -> DetailDraft {
    match stored {
        Some(d) if d.subscription.eq_ignore_ascii_case(id) => d,
        _ => DetailDraft { subscription: id.to_string(), ..DetailDraft::default() },
    }
}

/// The add draft for `customer`, if the stored one is for it.
pub fn add_for(stored: Option<AddDraft>, customer: &str) -> AddDraft {
    match stored {
        Some(d) if d.customer.eq_ignore_ascii_case(customer) => d,
        _ => AddDraft { customer: customer.to_string(), ..AddDraft::default() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::decode;

    #[test]
    fn drafts_round_trip_and_belong_to_one_record() {
        let d = AddDraft {
            customer: "C1".into(),
            offer: "O".into(),
            quantity: "12".into(),
            nickname: "财务部".into(),
            search: "e3".into(),
        };
        let text = serde_json::to_string(&d).unwrap();
        assert_eq!(decode::<AddDraft>(&text), Some(d.clone()));
        assert_eq!(add_for(Some(d.clone()), "c1"), d);
        assert_eq!(add_for(Some(d), "C2"), AddDraft { customer: "C2".into(), ..AddDraft::default() });
        assert_eq!(decode::<AddDraft>("[1]"), None);

        let s = DetailDraft { subscription: "S1".into(), quantity: Some("7".into()), ..DetailDraft::default() };
        let text = serde_json::to_string(&s).unwrap();
        assert_eq!(decode::<DetailDraft>(&text), Some(s.clone()));
        assert_eq!(detail_for(Some(s.clone()), "s1"), s);
        assert_eq!(detail_for(Some(s), "S2").quantity, None);
        assert_eq!(decode::<DetailDraft>("{}"), Some(DetailDraft::default()));
    }
}
