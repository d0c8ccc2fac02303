use leptos::prelude::*;

use super::controller::ListCtl;
use super::numbers::with_grouping;
use crate::i18n::{format, use_i18n};

/// One line that says what the list shows: the total ("5,000 customers"), that nothing
/// matches, or that the list is being read. A polite live region: a screen reader reads the new
/// count once typing has brought it, without interrupting.
#[component]
pub fn ListStatus(ctl: ListCtl) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        if ctl.slow.get() {
            return i18n.t("customers-list-searching");
        }
        let Some(n) = ctl.rows.with(|r| r.as_ref().map(|r| r.len())) else {
            return if ctl.error.with(Option::is_some) { String::new() } else { i18n.t("loading") };
        };
        let q = ctl.url.with(|s| s.q.clone());
        let l = i18n.locale();
        match ctl.total.get() {
            _ if n == 0 && q.is_empty() => i18n.t("customers-list-empty"),
            _ if n == 0 => i18n.t_with("customers-list-no-match", "search", q),
            Some(total) => with_grouping(
                &i18n.t_with("customers-list-count", "count", total),
                total,
                &format::number(l, total as f64),
            ),
            // No total from the server: only what is on the screen, never a guess.
            None => {
                let n = n as u64;
                with_grouping(&i18n.t_with("customers-list-on-page", "count", n), n, &format::number(l, n as f64))
            }
        }
    };
    view! { <p role="status" class="list-status">{text}</p> }
}
