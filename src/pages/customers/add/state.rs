//! The wizard's working state, shared by its steps: a form field per Account info value (so
//! errors, the error summary and the server's field errors work as on every form), the chosen
//! offers, and after Submit what was created. Cheap to copy into every closure.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use super::draft::{Chosen, Draft};
use super::fields::{Context, Key};
use crate::api::ApiError;
use crate::form::Field;
use crate::locale::Cloud;
use crate::model::agreements::NewAgreement;
use crate::model::customers::{Customer, UserCredentials};
use crate::page_task::PageTasks;

/// Where one purchase (or the agreement) stands after the customer was created.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Pending,
    Done,
    Failed(ApiError),
}

/// One offer bought after the customer was created.
#[derive(Clone, Debug, PartialEq)]
pub struct Purchase {
    pub chosen: Chosen,
    pub quantity: i64,
    /// Kept across Try again, so a retry after an unknown outcome buys once.
    pub request_id: String,
    pub outcome: Outcome,
}

/// What Submit created: shown once on the confirmation, from memory only.
#[derive(Clone, Debug, PartialEq)]
pub struct Created {
    pub customer: Customer,
    pub credentials: Option<UserCredentials>,
}

#[derive(Clone, Copy)]
pub struct Wizard {
    pub cloud: Cloud,
    fields: StoredValue<HashMap<&'static str, Field>>,
    order: StoredValue<Vec<Key>>,
    pub mca_custom: RwSignal<bool>,
    pub offers: RwSignal<Vec<Chosen>>,
    pub owner: StoredValue<String>,
    pub created: RwSignal<Option<Created>>,
    pub purchases: RwSignal<Vec<Purchase>>,
    /// The agreement's acceptance, after the customer was created (global cloud).
    pub agreement: RwSignal<Option<Outcome>>,
    pub agreement_request_id: StoredValue<String>,
    /// The acceptance as sent, for Try again.
    pub agreement_request: StoredValue<Option<NewAgreement>>,
    /// Domain prefixes (lower case) the server said are in use: the field says so until the
    /// partner types another.
    pub taken: StoredValue<HashSet<String>>,
    /// The wizard's page (not a step's): the purchases after Submit outlive the Review step.
    pub page: PageTasks,
    /// Failed "Next" presses on the current step: the error summary takes focus each time.
    pub step_failures: RwSignal<u32>,
}

impl Wizard {
    /// The wizard over `d` (a restored draft or the defaults). Must be called while the page is
    /// being built.
    pub fn new(cloud: Cloud, d: Draft, today: String) -> Wizard {
        let mca_custom = RwSignal::new(d.mca_custom);
        let order: Vec<Key> = Key::all(cloud).to_vec();
        let mut fields = HashMap::new();
        let today_v = StoredValue::new(today);
        let mut country_field: Option<Field> = None;
        let taken = StoredValue::new(HashSet::<String>::new());
        for k in &order {
            let k = *k;
            let mut f = Field::new(k.path(), k.label(cloud), k.rule(cloud), k.get(&d).clone());
            if let Some(w) = k.wording() {
                f = f.worded(w);
            }
            let country = country_field;
            f = f.with_check(move |v| {
                if k == Key::Domain && taken.with_value(|t| t.contains(&v.trim().to_ascii_lowercase())) {
                    return Some("form-error-domain-taken");
                }
                let ctx = Context {
                    country: country.map(|c| c.value.get_untracked().trim().to_string()).unwrap_or_default(),
                    mca_custom: mca_custom.get_untracked(),
                    today: today_v.get_value(),
                };
                k.extra(cloud, v, &ctx)
            });
            if k == Key::Country {
                country_field = Some(f);
            }
            if k == Key::PostalCode
                && let Some(c) = country_field
            {
                f = f.depends_on(&[c]);
            }
            fields.insert(k.path(), f);
        }
        Wizard {
            cloud,
            fields: StoredValue::new(fields),
            order: StoredValue::new(order),
            mca_custom,
            offers: RwSignal::new(d.offers),
            owner: StoredValue::new(d.owner),
            created: RwSignal::new(None),
            purchases: RwSignal::new(Vec::new()),
            agreement: RwSignal::new(None),
            agreement_request_id: StoredValue::new(crate::api::new_request_id()),
            agreement_request: StoredValue::new(None),
            taken,
            step_failures: RwSignal::new(0),
            page: PageTasks::here(),
        }
    }

    /// The field of `key` (every key of this cloud has one).
    pub fn field(&self, key: Key) -> Field {
        self.fields.with_value(|m| m[key.path()])
    }

    /// Account info's fields in page order.
    pub fn account_fields(&self) -> Vec<Field> {
        self.order.with_value(|o| o.iter().map(|k| self.field(*k)).collect())
    }

    /// The draft as it stands (reactive: tracks every value).
    pub fn draft(&self) -> Draft {
        let mut d = Draft {
            owner: self.owner.get_value(),
            mca_custom: self.mca_custom.get(),
            offers: self.offers.get(),
            ..Draft::default()
        };
        self.order.with_value(|o| {
            for k in o {
                *k.get_mut(&mut d) = self.field(*k).value.get();
            }
        });
        d
    }

    /// The draft as it stands, without tracking.
    pub fn draft_untracked(&self) -> Draft {
        untrack(|| self.draft())
    }
}
