//! Who is signed in, as context for the whole app. The session itself is an HttpOnly cookie
//! the wasm never sees; this only mirrors what `GET /v1/sessions/current` said.

use leptos::prelude::*;

use crate::model::Session;

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
}

pub fn use_session() -> SessionCtx {
    expect_context::<SessionCtx>()
}

/// Where to go after signing in. Only same-site paths are followed, so a crafted link cannot
/// bounce a partner to another site (open redirect).
pub fn safe_return_path(candidate: Option<&str>) -> Option<&str> {
    let p = candidate?;
    let ok = p.starts_with('/')
        && !p.starts_with("//")
        && !p.starts_with("/\\")
        && !p.chars().any(|c| c.is_control() || c == '\\')
        && !p.starts_with("/signin");
    ok.then_some(p)
}

#[cfg(test)]
mod tests {
    use super::safe_return_path;

    #[test]
    fn follows_only_local_paths() {
        assert_eq!(safe_return_path(Some("/dashboard/overview?x=1#y")), Some("/dashboard/overview?x=1#y"));
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "",
            "dashboard",
            "/a\nb",
            "/signin?returnUrl=/x",
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
                    prop_assert!(back.starts_with('/') && !back.starts_with("//") && !back.starts_with("/signin"));
                    prop_assert!(!back.chars().any(|c| c.is_control() || c == '\\'));
                }
                None => prop_assert!(!p.starts_with('/') || p.starts_with("//") || p.starts_with("/signin") || p.chars().any(|c| c.is_control() || c == '\\')),
            }
        }
    }
}
