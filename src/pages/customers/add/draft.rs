//! What the partner typed in the wizard, kept in sessionStorage so a reload, Back or an expired
//! session loses nothing. Never the new admin's password: the server sends it once, after
//! Submit, and it lives only in the confirmation's memory. Cleared once the customer exists.

use serde::{Deserialize, Serialize};

pub const KEY: &str = "pc.customers.add";

/// Every value as typed (text, so anything restores as it was left, valid or not).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Draft {
    /// Whose draft this is (the partner user's id): another user signing in on this tab
    /// starts afresh.
    pub owner: String,
    /// The domain prefix (the suffix is the cloud's and is not typed).
    pub domain: String,
    pub company_name: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    pub country: String,
    pub state: String,
    pub city: String,
    pub address_line1: String,
    pub address_line2: String,
    pub postal_code: String,
    pub culture: String,
    pub language: String,
    /// Global cloud: the Microsoft cloud agreement. "yes" when the box is ticked.
    pub mca_accepted: String,
    pub mca_date: String,
    /// The agreement's contact was changed from the primary contact ("Update").
    pub mca_custom: bool,
    pub mca_first_name: String,
    pub mca_last_name: String,
    pub mca_email: String,
    pub mca_phone: String,
    /// The offers chosen on Subscriptions, in the order chosen.
    pub offers: Vec<Chosen>,
}

/// An offer chosen on Subscriptions, with what Review needs to show it without the catalog.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Chosen {
    pub offer_id: String,
    pub name: String,
    pub minimum: i64,
    pub maximum: i64,
    /// The license count as typed.
    pub quantity: String,
}

impl Draft {
    /// Whether anything was typed or chosen (the defaults the page fills in do not count).
    pub fn has_input(&self, defaults: &Draft) -> bool {
        let blank = Draft { owner: self.owner.clone(), ..defaults.clone() };
        *self != blank
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_typed_is_no_input() {
        let defaults = Draft { country: "CN".into(), culture: "zh-CN".into(), ..Draft::default() };
        let mut d = Draft { owner: "u1".into(), ..defaults.clone() };
        assert!(!d.has_input(&defaults));
        d.city = "上海".into();
        assert!(d.has_input(&defaults));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    fn any_draft() -> impl Strategy<Value = Draft> {
        (
            prop::collection::vec(any_text(), 20),
            any::<bool>(),
            prop::collection::vec((any_text(), any_text(), any::<i64>(), any::<i64>(), any_text()), 0..4),
        )
            .prop_map(|(t, custom, offers)| Draft {
                owner: t[0].clone(),
                domain: t[1].clone(),
                company_name: t[2].clone(),
                first_name: t[3].clone(),
                last_name: t[4].clone(),
                email: t[5].clone(),
                phone: t[6].clone(),
                country: t[7].clone(),
                state: t[8].clone(),
                city: t[9].clone(),
                address_line1: t[10].clone(),
                address_line2: t[11].clone(),
                postal_code: t[12].clone(),
                culture: t[13].clone(),
                language: t[14].clone(),
                mca_accepted: t[15].clone(),
                mca_date: t[16].clone(),
                mca_custom: custom,
                mca_first_name: t[17].clone(),
                mca_last_name: t[18].clone(),
                mca_email: t[19].clone(),
                mca_phone: t[0].clone(),
                offers: offers
                    .into_iter()
                    .map(|(offer_id, name, minimum, maximum, quantity)| Chosen {
                        offer_id,
                        name,
                        minimum,
                        maximum,
                        quantity,
                    })
                    .collect(),
            })
    }

    proptest! {
        #![proptest_config(config(128))]

        /// Any draft restores exactly as it was saved, whatever was typed.
        #[test]
        fn any_draft_round_trips(d in any_draft()) {
            let text = serde_json::to_string(&d).unwrap();
            prop_assert_eq!(crate::storage::decode::<Draft>(&text), Some(d));
        }

        /// The stored text holds the typed fields and nothing else: no password (the draft has
        /// no place for one), whatever the keys are named.
        #[test]
        fn only_the_typed_fields_are_stored(d in any_draft()) {
            let v = serde_json::to_value(&d).unwrap();
            let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
            prop_assert!(keys.iter().all(|k| !k.to_lowercase().contains("password")), "{:?}", keys);
            prop_assert_eq!(keys.len(), 23);
        }

        /// Whatever another script left under the key, reading it never panics: a draft or none.
        #[test]
        fn any_stored_text_reads_as_a_draft_or_none(text in any_text()) {
            let _ = crate::storage::decode::<Draft>(&text);
        }
    }
}
