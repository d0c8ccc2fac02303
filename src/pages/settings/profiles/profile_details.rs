use leptos::prelude::*;
use serde_json::Value;

use super::spec::{Group, Input, Kind, Spec, choice_message, country_message, read, vetting_message};
use crate::i18n::{I18n, use_i18n};

/// A field's value as the partner reads it: a status or a country in words, an empty value as
/// "Not provided". Server data is text, never markup.
pub fn shown(i18n: I18n, spec: &Spec, value: &str) -> String {
    if value.trim().is_empty() && !matches!(spec.input, Input::Vetting) {
        return i18n.t("profile-not-provided");
    }
    let id = match spec.input {
        Input::Vetting => Some(vetting_message(value)),
        Input::Country => country_message(value),
        Input::Choice(choices) => choice_message(choices, value),
        _ => None,
    };
    id.map_or_else(|| value.to_string(), |id| i18n.t(id))
}

/// The groups of a profile's shown fields, in order, each with its fields.
pub fn groups(kind: Kind) -> Vec<(Group, Vec<Spec>)> {
    let mut out: Vec<(Group, Vec<Spec>)> = Vec::new();
    for s in kind.fields().iter().filter(|s| s.shown()) {
        match out.iter_mut().find(|(g, _)| *g == s.group) {
            Some((_, list)) => list.push(*s),
            None => out.push((s.group, vec![*s])),
        }
    }
    out
}

/// A profile, read-only: each part under its heading, each field with its label.
#[component]
pub fn ProfileDetails(kind: Kind, #[prop(into)] profile: Signal<Value>) -> impl IntoView {
    let i18n = use_i18n();
    let single = groups(kind).len() == 1;
    groups(kind)
        .into_iter()
        .map(|(group, specs)| {
            let rows = specs
                .into_iter()
                .map(|s| {
                    view! {
                        <dt>{i18n.msg(s.label)}</dt>
                        <dd data-field=s.path>{move || profile.with(|p| shown(i18n, &s, &read(p, s.path)))}</dd>
                    }
                })
                .collect_view();
            view! {
                {(!single).then(|| view! { <h2>{i18n.msg(group.legend())}</h2> })}
                <dl class="summary-list">{rows}</dl>
            }
        })
        .collect_view()
}
