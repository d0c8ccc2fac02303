//! The shell and the route table: the one place that lists every page.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::api::Client;
use crate::components::{Footer, Header, RequireSession};
use crate::config::Config;
use crate::i18n::{Catalog, I18n};
use crate::model::Session;
use crate::pages::account::create_one::CreateOne;
use crate::pages::account::recover::Recover;
use crate::pages::dashboard::overview::Overview;
use crate::pages::enroll::account::AccountStep;
use crate::pages::enroll::agreement::AgreementStep;
use crate::pages::enroll::before_you_begin::BeforeYouBegin;
use crate::pages::enroll::created::CreatedStep;
use crate::pages::enroll::phone::PhoneStep;
use crate::pages::enroll::program::ProgramStep;
use crate::pages::enroll::resume::Resume;
use crate::pages::enroll::review::ReviewStep;
use crate::pages::enroll::status::StatusStep;
use crate::pages::enroll::store::EnrollStore;
use crate::pages::landing::Landing;
use crate::pages::not_found::NotFound;
use crate::pages::sign_in::SignIn;
use crate::session::SessionCtx;

/// The whole portal, started with what `boot` loaded: config, the first catalog, the session.
#[component]
pub fn App(config: Config, catalog: Catalog, session: Option<Session>) -> impl IntoView {
    let i18n = I18n::new(config.cloud, catalog);
    provide_context(i18n);
    provide_context(SessionCtx::new(session));
    provide_context(EnrollStore::new());
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
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Landing/>
                    <Route path=path!("/signin") view=SignIn/>
                    <Route path=path!("/account/recover") view=Recover/>
                    // Enrollment, in the order of the journey (pages/enroll/steps.rs has its rules).
                    <Route path=path!("/enroll") view=BeforeYouBegin/>
                    <Route path=path!("/enroll/create-one") view=CreateOne/>
                    <Route path=path!("/enroll/resume") view=|| view! { <RequireSession><Resume/></RequireSession> }/>
                    <Route path=path!("/enroll/account") view=|| view! { <RequireSession><AccountStep/></RequireSession> }/>
                    <Route path=path!("/enroll/phone") view=|| view! { <RequireSession><PhoneStep/></RequireSession> }/>
                    <Route path=path!("/enroll/account-created") view=|| view! { <RequireSession><CreatedStep/></RequireSession> }/>
                    <Route path=path!("/enroll/program") view=|| view! { <RequireSession><ProgramStep/></RequireSession> }/>
                    <Route path=path!("/enroll/review") view=|| view! { <RequireSession><ReviewStep/></RequireSession> }/>
                    <Route path=path!("/enroll/status") view=|| view! { <RequireSession><StatusStep/></RequireSession> }/>
                    <Route path=path!("/enroll/agreement") view=|| view! { <RequireSession><AgreementStep/></RequireSession> }/>
                    <Route path=path!("/dashboard/overview") view=|| view! { <RequireSession><Overview/></RequireSession> }/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}
