use leptos::prelude::*;
use serde_json::Value;

use super::changes_notice::ChangesNotice;
use super::draft::{self, Draft};
use super::merge::{Change, merge};
use super::profile_details::{ProfileDetails, groups, shown};
use super::spec::{Input, Kind, Spec, Values, apply, etag, read, starts_reverification, values};
use super::{choice_field::ChoiceField, store};
use crate::api::Client;
use crate::capability::can;
use crate::components::{ErrorSummary, FormField, Loaded, PageHeading, SubmitButton, UnsavedGuard};
use crate::form::load::LoadState;
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form, Load};
use crate::i18n::use_i18n;
use crate::page_task::PageTasks;
use crate::session::use_session;

/// A partner profile (legal business, billing, organization or support): shown read-only, then
/// **Update** turns it into a form (for the roles that may), **Submit** sends it whole under
/// `If-Match`, **Cancel** drops the edits. The edits live in a sessionStorage draft until then;
/// a version changed meanwhile (412, or a draft restored over it) is merged with the edits and
/// its changes listed.
#[component]
pub fn ProfilePage(kind: Kind) -> impl IntoView {
    let i18n = use_i18n();
    let cloud = i18n.cloud();
    let session = use_session();
    let client = expect_context::<Client>();
    let tasks = PageTasks::here();

    let may_edit = move || session.with(|s| s.as_ref().is_some_and(|s| can(cloud, &s.user.roles, kind.editing())));
    // The version the edits are made on (its etag goes in If-Match).
    let current = RwSignal::new(None::<Value>);
    let editing = RwSignal::new(false);
    let changes = RwSignal::new(Vec::<Change>::new());
    let saved = RwSignal::new(false);

    let country = move |spec: &Spec| current.with_untracked(|c| c.as_ref().map(|c| read(c, &spec.country_path())));
    let fields: Vec<(Spec, Field)> = kind
        .fields()
        .iter()
        .filter(|s| s.editable)
        .map(|s| {
            let spec = *s;
            let field = Field::new(s.path, s.label, s.rule, String::new())
                .with_check(move |v| spec.extra_problem(v, &country(&spec).unwrap_or_default()));
            (spec, field)
        })
        .collect();
    let fields = StoredValue::new(fields);
    let field_list: Vec<Field> = fields.with_value(|f| f.iter().map(|(_, f)| *f).collect());

    let typed = move || -> Values {
        fields.with_value(|f| f.iter().map(|(s, f)| (s.path.to_string(), f.value.get())).collect())
    };
    let base = move || -> Values { current.with(|c| c.as_ref().map(|c| values(kind, c)).unwrap_or_default()) };
    let fill = move |vals: &Values| {
        fields.with_value(|f| {
            for (s, field) in f {
                field.value.set(vals.get(s.path).cloned().unwrap_or_default());
                field.error.set(None);
            }
        })
    };
    let dirty = Signal::derive(move || {
        editing.get() && {
            let (b, t) = (base(), typed());
            t.iter().any(|(k, v)| b.get(k).map(|x| x.trim()) != Some(v.trim()))
        }
    });

    // The edits are kept while the partner edits, with the values they started from.
    Effect::new(move |_| {
        if editing.get() {
            draft::save(kind, &Draft { base: base(), mine: typed() });
        }
    });

    let form = Form::new(&field_list);
    // A newer version on the server: read it, keep the edits on it, list what changed.
    let take_newer = move |newer: Value, mine: &Values, from: &Values| {
        let m = merge(from, mine, &values(kind, &newer));
        current.set(Some(newer));
        fill(&m.values);
        changes.set(m.changes);
    };
    let refetch = {
        let client = client.clone();
        move || {
            let client = client.clone();
            let (mine, from) = (typed(), current.with_untracked(|c| c.as_ref().map(|c| values(kind, c))));
            tasks.spawn(async move {
                match store::read(client, kind).await {
                    Ok(newer) => take_newer(newer, &mine, &from.unwrap_or_default()),
                    Err(e) => form.show_problem(Problem::Request(e)),
                }
            });
        }
    };
    let form = form.on_error(move |e| match e.status() {
        Some(412) => {
            form.show_problem(Problem::Message("profile-conflict"));
            refetch();
            Handled::Yes
        }
        Some(403) => {
            form.show_problem(Problem::Message("profile-error-forbidden"));
            Handled::Yes
        }
        Some(400) => place_server_errors(&fields.get_value(), e, &country),
        _ => Handled::No,
    });

    let load = {
        let client = client.clone();
        Load::new(move || store::read(client.clone(), kind))
    };
    // A read: shown as it is, or, with a draft of edits in this tab, the edits merged onto it.
    Effect::new(move |_| {
        if let LoadState::Ready(v) = load.state().get() {
            untrack(|| match draft::load(kind).filter(|_| may_edit()) {
                Some(d) => {
                    take_newer(v, &d.mine, &d.base);
                    editing.set(true);
                }
                None => {
                    draft::clear(kind);
                    current.set(Some(v));
                }
            });
        }
    });

    let start = move |_| {
        fill(&base());
        changes.set(Vec::new());
        saved.set(false);
        form.reset();
        editing.set(true);
        focus_first(kind);
    };
    let cancel = move |_| {
        editing.set(false);
        draft::clear(kind);
        changes.set(Vec::new());
        form.reset();
        fill(&base());
    };
    let on_submit = {
        let client = client.clone();
        form.on_submit(
            move |_ids| {
                let read_profile = current.get_untracked().unwrap_or(Value::Null);
                let tag = etag(&read_profile);
                let body = apply(kind, &read_profile, &typed());
                store::update(client.clone(), kind, body, tag)
            },
            move |updated: Value| {
                draft::clear(kind);
                current.set(Some(updated));
                changes.set(Vec::new());
                editing.set(false);
                saved.set(true);
            },
        )
    };

    let reverify = move || editing.get() && starts_reverification(kind, &base(), &typed());
    let pending_vetting = move || {
        kind == Kind::Legal && current.with(|c| c.as_ref().is_some_and(|c| read(c, "vettingStatus") == "pending"))
    };
    let profile = Signal::derive(move || current.get().unwrap_or(Value::Null));

    let read_only_view = move || {
        view! {
            <Show when=move || saved.get()>
                <p class="notice notice-success" role="status">{i18n.msg("profile-saved")}</p>
            </Show>
            <Show when=pending_vetting>
                <p class="notice" role="status" id="vetting-pending">{i18n.msg("profile-vetting-pending-notice")}</p>
            </Show>
            <ProfileDetails kind=kind profile=profile/>
            <Show
                when=may_edit
                fallback=move || view! { <p class="notice" id="read-only-reason">{i18n.msg(kind.why_read_only())}</p> }
            >
                <p><button type="button" class="button" on:click=start>{i18n.msg("profile-update")}</button></p>
            </Show>
        }
    };

    let edit_view = move || {
        let parts = groups(kind)
            .into_iter()
            .map(|(group, specs)| {
                let inputs = specs.into_iter().map(|s| input(s, fields, profile)).collect_view();
                view! {
                    <fieldset>
                        <legend>{i18n.msg(group.legend())}</legend>
                        {inputs}
                    </fieldset>
                }
            })
            .collect_view();
        view! {
            <ChangesNotice kind=kind changes=changes/>
            <form novalidate on:submit=on_submit.clone() aria-busy=move || form.pending().get().then_some("true")>
                {parts}
                <Show when=reverify>
                    <p class="notice notice-warning" role="status" id="reverify-notice">
                        {i18n.msg("profile-reverify-notice")}
                    </p>
                </Show>
                <div class="button-row">
                    <SubmitButton form=form label="profile-submit" busy="form-saving"/>
                    <button type="button" class="button button-secondary" on:click=cancel>
                        {i18n.msg("profile-cancel")}
                    </button>
                </div>
            </form>
        }
    };

    let body = move |_: Value| {
        let edit_view = edit_view.clone();
        // Shown once the read is taken in (a restored draft opens the form straight away).
        move || match (current.with(Option::is_some), editing.get()) {
            (false, _) => ().into_any(),
            (true, true) => edit_view().into_any(),
            (true, false) => read_only_view().into_any(),
        }
    };
    view! {
        <section class="page">
            <PageHeading text=i18n.msg(kind.title())/>
            <UnsavedGuard dirty=dirty/>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            <Loaded state=load.state() retry=Callback::new(move |_| load.retry()) children=body/>
        </section>
    }
}

/// One field of the form: an input for what the partner may change, the value as text for what
/// they may not.
fn input(spec: Spec, fields: StoredValue<Vec<(Spec, Field)>>, profile: Signal<Value>) -> AnyView {
    let i18n = use_i18n();
    let field = fields.with_value(|f| f.iter().find(|(s, _)| s.path == spec.path).map(|(_, f)| *f));
    match (field, spec.input) {
        (Some(field), Input::Choice(choices)) => view! { <ChoiceField field=field choices=choices/> }.into_any(),
        (Some(field), input) => {
            let (input_type, autocomplete) = match input {
                Input::Email => ("email", "email"),
                Input::Tel => ("tel", "tel"),
                Input::Url => ("url", "url"),
                Input::Postal => ("text", "postal-code"),
                _ => ("text", "off"),
            };
            view! { <FormField field=field input_type=input_type autocomplete=autocomplete optional=spec.optional/> }
                .into_any()
        }
        (None, _) => view! {
            <div class="field" data-field=spec.path>
                <span class="label" id=format!("{}-label", spec.path)>{i18n.msg(spec.label)}</span>
                <p aria-labelledby=format!("{}-label", spec.path)>
                    {move || profile.with(|p| shown(i18n, &spec, &read(p, spec.path)))}
                </p>
            </div>
        }
        .into_any(),
    }
}

/// The server's field errors in the words the field's own check uses, so a value refused by the
/// server reads the same as one refused in the browser. Errors on no field of the form are left
/// to the usual handling.
fn place_server_errors(
    fields: &[(Spec, Field)],
    e: &crate::api::ApiError,
    country: &impl Fn(&Spec) -> Option<String>,
) -> Handled {
    let errors = e.field_errors();
    let find = |path: &str| fields.iter().find(|(s, _)| s.path == path);
    if errors.is_empty() || !errors.iter().all(|fe| find(&fe.field).is_some()) {
        return Handled::No;
    }
    for fe in &errors {
        let Some((spec, field)) = find(&fe.field) else { continue };
        let own = spec.extra_problem(&field.value.get_untracked(), &country(spec).unwrap_or_default());
        match own {
            Some(id) if fe.code == "invalid_format" => field.set_server_message(id),
            _ => field.set_server_error(&fe.code),
        }
    }
    Handled::Yes
}

/// Puts the cursor in the form's first input once it is shown.
fn focus_first(kind: Kind) {
    let Some(first) = kind.fields().iter().find(|s| s.editable) else { return };
    let id = first.path;
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(id)
            && let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el)
        {
            let _ = el.focus();
        }
    });
}
