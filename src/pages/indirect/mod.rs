//! Indirect providers and resellers (global cloud). The reseller's side: a provider's invitation,
//! authorized by the reseller's global admin (GL17/indirect-reseller-tasks, seed 003), and the
//! Indirect providers page with View customers and Invite new customers. The provider's side
//! (GL17/indirect-provider-tasks): the Indirect resellers page, Request a partnership, and a
//! reseller's customers. One area, loaded on demand (`crate::areas`).

mod accept_page;
mod customer_table;
pub mod entry;
mod found;
mod invite_customers_page;
mod links;
mod partnership_request_page;
mod providers_page;
mod reseller_customers_page;
mod resellers_page;
mod shared_customers_page;

use crate::components::draft_email::DraftLabels;

/// The draft emails' labels in this area, the provider docs' words ("Open in email", "Copy to
/// clipboard", "Done").
const DRAFT_LABELS: DraftLabels = DraftLabels {
    to: Some("indirect-draft-to"),
    subject: "indirect-draft-subject",
    copy: "indirect-draft-copy",
    open: "indirect-draft-open",
    copied: "indirect-draft-copied",
    copy_refused: "indirect-draft-copy-refused",
    shortened: "indirect-draft-shortened",
    too_long: "indirect-draft-too-long",
};
