//! Who is signed in, as context for the whole app. The session itself is an HttpOnly cookie
//! the wasm never sees; this only mirrors what `GET /v1/sessions/current` said. Also what
//! happens when it ends mid-task (`sign_in_again`), and the work account the sign-in form offers.

use leptos::prelude::*;
use leptos_router::NavigateOptions;

use crate::model::Session;
use crate::model::session::ProgramStatus;
use crate::routes::{Page, sign_in_again_returning_to};

/// The typed work account survives a reload of the sign-in form (never the password).
const USER_NAME_KEY: &str = "pc.signin.userName";

#[derive(Clone, Copy)]
pub struct SessionCtx {
    current: RwSignal<Option<Session>>,
}

impl SessionCtx {
    pub fn new(initial: Option<Session>) -> SessionCtx {
        SessionCtx { current: RwSignal::new(initial) }
    }
    pub fn get(&self) -> Option<Session> {
        self.current.get()
    }
    pub fn get_untracked(&self) -> Option<Session> {
        self.current.get_untracked()
    }
    pub fn with<R>(&self, f: impl FnOnce(&Option<Session>) -> R) -> R {
        self.current.with(f)
    }
    pub fn is_signed_in(&self) -> bool {
        self.current.with(Option::is_some)
    }
    pub fn set(&self, s: Option<Session>) {
        self.current.set(s);
    }
    /// Records that the partner's program is now active (enrollment is over).
    pub fn mark_active(&self) {
        if let Some(mut s) = self.get_untracked() {
            s.partner.program_status = ProgramStatus::Active;
            self.set(Some(s));
        }
    }
}

pub fn use_session() -> SessionCtx {
    expect_context::<SessionCtx>()
}

/// The session ended (a request answered "sign in"): to Sign in, saying so, and back to `here`
/// afterwards; what the partner typed is in sessionStorage, so coming back restores it. Every
/// page whose session ends goes through here.
///
/// The signed-out state is recorded only once the page is gone: recorded first, the session
/// guard around the page would redirect too, from the new address, with a return address of
/// Sign in itself (or nesting one return address in another).
pub fn sign_in_again(navigate: &impl Fn(&str, NavigateOptions), here: &str) {
    let session = use_session();
    navigate(&sign_in_again_returning_to(here), NavigateOptions::default());
    set_timeout(move || session.set(None), std::time::Duration::ZERO);
}

/// The page's address with its query: where Sign in brings the partner back to.
pub fn current_address() -> String {
    let l = window().location();
    format!("{}{}", l.pathname().unwrap_or_default(), l.search().unwrap_or_default())
}

/// Where to go after signing in. Only same-site paths are followed, so a crafted link cannot
/// bounce a partner to another site (open redirect).
pub fn safe_return_path(candidate: Option<&str>) -> Option<&str> {
    let p = candidate?;
    let ok = p.starts_with('/')
        && !p.starts_with("//")
        && !p.starts_with("/\\")
        && !p.chars().any(|c| c.is_control() || c == '\\')
        && !p.starts_with(Page::SignIn.path());
    ok.then_some(p)
}

/// The work account the sign-in form starts with: the one last typed there, or the one a page
/// sending the partner there remembered ("Create account"'s confirmation, "Create one" after
/// a reload).
pub fn remembered_user_name() -> Option<String> {
    crate::storage::load_text(USER_NAME_KEY)
}

pub fn remember_user_name(v: &str) {
    crate::storage::save_text(USER_NAME_KEY, v);
}

pub fn forget_user_name() {
    crate::storage::clear(USER_NAME_KEY);
}

#[cfg(test)]
mod tests {
    use super::safe_return_path;
    use crate::routes::{Page, sign_in_returning_to};

    #[test]
    fn follows_only_local_paths() {
        let deep = format!("{}?x=1#y", Page::Overview.path());
        assert_eq!(safe_return_path(Some(&deep)), Some(deep.as_str()));
        let sign_in = sign_in_returning_to(Page::Overview.path());
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "",
            "dashboard",
            "/a\nb",
            sign_in.as_str(),
        ] {
            assert_eq!(safe_return_path(Some(bad)), None, "{bad:?}");
        }
        assert_eq!(safe_return_path(None), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::safe_return_path;
    use crate::routes::Page;
    use crate::test_support::{any_text, config, short_text};

    proptest! {
        #![proptest_config(config(256))]

        /// `returnUrl` comes from the address bar: whatever it holds, the answer is a same-site
        /// path or nothing.
        #[test]
        fn only_same_site_paths_come_back(p in prop_oneof![any_text(), short_text().prop_map(|s| format!("/{s}"))]) {
            match safe_return_path(Some(&p)) {
                Some(back) => {
                    prop_assert_eq!(back, p.as_str());
                    prop_assert!(back.starts_with('/') && !back.starts_with("//") && !back.starts_with(Page::SignIn.path()));
                    prop_assert!(!back.chars().any(|c| c.is_control() || c == '\\'));
                }
                None => prop_assert!(!p.starts_with('/') || p.starts_with("//") || p.starts_with(Page::SignIn.path()) || p.chars().any(|c| c.is_control() || c == '\\')),
            }
        }
    }
}
