use leptos::prelude::*;

use crate::i18n::use_i18n;

/// What the relationship grants and what it does not, and what happens after the email is sent,
/// in the docs' words for this cloud (CN and GL17 request-a-relationship-with-a-customer).
#[component]
pub fn RelationshipFacts() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="grants-heading">
            <h2 id="grants-heading">{i18n.msg("relationship-grants-heading")}</h2>
            <ul class="checklist">
                <li>{i18n.msg("relationship-grants-dap")}</li>
                <li>{i18n.msg("relationship-grants-billing")}</li>
                <li>{i18n.msg("relationship-grants-limits")}</li>
                <li>{i18n.msg_cloud("relationship-grants-multichannel")}</li>
                <li>{i18n.msg("relationship-grants-link")}</li>
            </ul>
        </section>
        <section aria-labelledby="next-heading">
            <h2 id="next-heading">{i18n.msg("relationship-next-heading")}</h2>
            <ol class="checklist">
                <li>{i18n.msg_cloud("relationship-next-accept")}</li>
                <li>{i18n.msg_cloud("relationship-next-list")}</li>
                <li>{i18n.msg_cloud("relationship-next-remove")}</li>
            </ol>
        </section>
    }
}
