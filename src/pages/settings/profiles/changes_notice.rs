use leptos::prelude::*;

use super::merge::Change;
use super::profile_details::shown;
use super::spec::Kind;
use crate::i18n::use_i18n;

/// What someone else changed in the profile while the partner was editing it: field by field,
/// the partner's value beside the new one. The partner's own edits are kept in the form.
#[component]
pub fn ChangesNotice(kind: Kind, #[prop(into)] changes: Signal<Vec<Change>>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move || {
        changes
            .get()
            .into_iter()
            .filter_map(|c| {
                let spec = *kind.fields().iter().find(|s| s.path == c.path && s.shown())?;
                let kept = if c.clash { "profile-changes-kept" } else { "profile-changes-taken" };
                Some(view! {
                    <tr data-field=spec.path>
                        <th scope="row">{i18n.msg(spec.label)}</th>
                        <td>{shown(i18n, &spec, &c.mine)}</td>
                        <td>{shown(i18n, &spec, &c.theirs)}</td>
                        <td>{i18n.msg(kept)}</td>
                    </tr>
                })
            })
            .collect_view()
    };
    view! {
        <Show when=move || changes.with(|c| !c.is_empty())>
            <div class="notice notice-warning" role="status" id="changes-notice">
                <h2>{i18n.msg("profile-changes-title")}</h2>
                <p>{i18n.msg("profile-changes-lead")}</p>
                <div style="overflow-x:auto">
                    <table>
                        <caption class="visually-hidden">{i18n.msg("profile-changes-title")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.msg("profile-changes-field")}</th>
                                <th scope="col">{i18n.msg("profile-changes-mine")}</th>
                                <th scope="col">{i18n.msg("profile-changes-theirs")}</th>
                                <th scope="col">{i18n.msg("profile-changes-result")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </div>
        </Show>
    }
}
