use leptos::prelude::*;

use super::billing::FIELDS;
use super::merge::Change;
use crate::i18n::use_i18n;

/// What someone else changed in the Bill-to info while the partner was editing it: field by
/// field, the partner's value beside the new one, and which one the form now holds.
#[component]
pub fn ChangesNotice(#[prop(into)] changes: Signal<Vec<Change>>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move || {
        changes
            .get()
            .into_iter()
            .filter_map(|c| {
                let spec = FIELDS.iter().find(|s| s.path == c.path)?;
                let kept = if c.clash { "customer-changes-kept" } else { "customer-changes-taken" };
                Some(view! {
                    <tr data-field=spec.path>
                        <th scope="row">{i18n.msg(spec.label)}</th>
                        <td>{c.mine}</td>
                        <td>{c.theirs}</td>
                        <td>{i18n.msg(kept)}</td>
                    </tr>
                })
            })
            .collect_view()
    };
    view! {
        <Show when=move || changes.with(|c| !c.is_empty())>
            <div class="notice notice-warning" role="status" id="changes-notice">
                <h2>{i18n.msg("customer-changes-title")}</h2>
                <p>{i18n.msg("customer-changes-lead")}</p>
                <div class="table-scroll">
                    <table class="data-table">
                        <caption class="visually-hidden">{i18n.msg("customer-changes-title")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.msg("customer-changes-field")}</th>
                                <th scope="col">{i18n.msg("customer-changes-mine")}</th>
                                <th scope="col">{i18n.msg("customer-changes-theirs")}</th>
                                <th scope="col">{i18n.msg("customer-changes-result")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </div>
        </Show>
    }
}
