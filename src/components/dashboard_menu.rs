use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;
use crate::model::session::ProgramStatus;
use crate::routes::{self, PAGES, Page};
use crate::session::use_session;

/// The Dashboard menu: the areas of the page list the signed-in user's roles may open in this
/// cloud, in menu order; an area they may not open is absent. Only for an organization whose
/// program is active: while it enrolls, no area is open to it. A `nav` landmark of plain links,
/// so keyboards and screen readers use it as any list of links; the router marks the current
/// area with `aria-current="page"`.
#[component]
pub fn DashboardMenu() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let cloud = i18n.cloud();
    let items = Memo::new(move |_| {
        session.with(|s| match s {
            Some(s) if s.partner.program_status == ProgramStatus::Active => {
                let mut items = routes::menu(PAGES, cloud, &s.user.roles);
                // Indirect resellers is a provider's page; a reseller has nothing to do there
                // (the page itself still opens by its address, for whoever may use it).
                if !s.partner.indirect_provider {
                    items.retain(|i| i.path != Page::IndirectResellers.path());
                }
                items
            }
            _ => Vec::new(),
        })
    });
    move || {
        let items = items.get();
        (!items.is_empty()).then(|| {
            view! {
                <nav class="dashboard-menu" aria-label=i18n.msg("shell-menu-label")>
                    <ul>
                        {items.into_iter().map(|item| view! {
                            <li><A href=item.path>{i18n.msg(item.label)}</A></li>
                        }).collect_view()}
                    </ul>
                </nav>
            }
        })
    }
}
