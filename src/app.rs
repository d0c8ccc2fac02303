//! The shell and the route table: which component each page of the page list (`routes.rs`)
//! shows, and which pages sit behind the session guard. A page's route (`PageRoute`) checks the
//! page's metadata (its clouds, its roles) itself.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::{ParentRoute, Redirect, Route, Router, Routes};

use crate::api::Client;
use crate::components::{AreaRoute, Footer, Header, NotFound, PageRoute, RequireSession};
use crate::config::Config;
use crate::i18n::{Catalog, I18n};
use crate::model::Session;
use crate::pages::landing::Landing;
use crate::pages::sign_in::SignIn;
use crate::routes::{Alias, Page};
use crate::session::SessionCtx;

/// The whole portal, started with what `boot` loaded: config, the first catalog, the session.
#[component]
pub fn App(config: Config, catalog: Catalog, session: Option<Session>) -> impl IntoView {
    let i18n = I18n::new(config.cloud, catalog);
    provide_context(i18n);
    provide_context(SessionCtx::new(session));
    provide_context(crate::pages::enroll::store::EnrollStore::new());
    provide_context(Client::new(&config.api_base, move || i18n.locale_untracked()));
    provide_context(config);

    // `<html lang>` follows the UI language: screen readers pick their voice from it and
    // browsers pick CJK glyph shapes (Han unification) from it.
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", i18n.locale().tag());
        }
    });

    view! {
        <Router>
            <Header/>
            <main id="main" tabindex="-1">
                // Every path is a value of the page list (routes.rs), never a literal; each page's
                // route shows it only where its metadata allows (cloud, roles), else "not available".
                <Routes fallback=NotFound>
                    <PageRoute page=Page::Landing view=Landing/>
                    <PageRoute page=Page::SignIn view=SignIn/>
                    <AreaRoute page=Page::Recover/>
                    // Enrollment, in the order of the journey (pages/enroll/steps.rs has its rules).
                    <AreaRoute page=Page::Enroll/>
                    <AreaRoute page=Page::CreateOne/>
                    <Route path=Alias::ResellerCnJoinNow view=|| redirect(Alias::ResellerCnJoinNow)/>
                    <Route path=Alias::PcvOverview view=|| redirect(Alias::PcvOverview)/>
                    <Route path=Alias::PcvSales view=|| redirect(Alias::PcvSales)/>
                    // The signed-in area: one guard around every page that needs a session.
                    <ParentRoute path=() view=RequireSession>
                        <AreaRoute page=Page::EnrollResume/>
                        <AreaRoute page=Page::EnrollAccount/>
                        <AreaRoute page=Page::EnrollPhone/>
                        <AreaRoute page=Page::EnrollCreated/>
                        <AreaRoute page=Page::EnrollProgram/>
                        <AreaRoute page=Page::EnrollReview/>
                        <AreaRoute page=Page::EnrollOrganization/>
                        <AreaRoute page=Page::EnrollDetails/>
                        <AreaRoute page=Page::EnrollStatus/>
                        <AreaRoute page=Page::EnrollAgreement/>
                        <AreaRoute page=Page::EnrollVerifyEmail/>
                        <AreaRoute page=Page::Overview/>
                        // Account settings (pages/settings), then Pricing and offers (pages/pricing).
                        <AreaRoute page=Page::AccountSettings/>
                        <AreaRoute page=Page::LegalProfile/>
                        <AreaRoute page=Page::BillingProfile/>
                        <AreaRoute page=Page::OrganizationProfile/>
                        <AreaRoute page=Page::SupportProfile/>
                        <AreaRoute page=Page::MpnProfile/>
                        <AreaRoute page=Page::Users/>
                        <AreaRoute page=Page::UserAdd/>
                        <AreaRoute page=Page::UserEdit/>
                        <AreaRoute page=Page::Catalog/>
                        <AreaRoute page=Page::Pricing/>
                        // Customers (pages/customers).
                        <AreaRoute page=Page::Customers/>
                        <AreaRoute page=Page::CustomerAdd/>
                        <AreaRoute page=Page::Customer/>
                        <AreaRoute page=Page::SubscriptionAdd/>
                        <AreaRoute page=Page::Subscription/>
                        <AreaRoute page=Page::RelationshipRequest/>
                        // Indirect providers (pages/indirect), global.
                        <AreaRoute page=Page::IndirectProviders/>
                        <AreaRoute page=Page::IndirectAccept/>
                        <AreaRoute page=Page::IndirectSharedCustomers/>
                        <AreaRoute page=Page::IndirectInviteCustomers/>
                        <AreaRoute page=Page::IndirectResellers/>
                        <AreaRoute page=Page::IndirectPartnershipRequest/>
                        <AreaRoute page=Page::IndirectResellerCustomers/>
                    </ParentRoute>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// An alias's page, in place of the alias in the history (Back does not bounce off it).
fn redirect(alias: Alias) -> impl IntoView {
    view! { <Redirect path=alias.target().path() options=NavigateOptions { replace: true, ..Default::default() }/> }
}
