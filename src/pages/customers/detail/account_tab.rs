use leptos::prelude::*;

use super::bill_to_details::BillToDetails;
use super::billing::{self, FIELDS, Input, Spec, Values, differs, extra_problem, if_match, rule, to_input, values};
use super::changes_notice::ChangesNotice;
use super::choice_field::ChoiceField;
use super::draft::{self, Draft};
use super::merge::{Change, merge};
use crate::api::{self, ApiError, Client};
use crate::capability::{Capability, can};
use crate::components::{ErrorSummary, FormField, Loaded, SubmitButton, UnsavedGuard};
use crate::form::load::LoadState;
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form, Load};
use crate::i18n::use_i18n;
use crate::locale::Cloud;
use crate::model::customers::{Customer, CustomerBillingProfile};
use crate::page_task::PageTasks;
use crate::session::use_session;

/// The customer's Account: the Microsoft ID and company, then the Bill-to info read-only with
/// **Update** (for the roles that may edit customers), which makes it a form: **Submit** sends
/// the whole profile under `If-Match`, **Cancel** drops the edits. The edits are a
/// sessionStorage draft until then; a version changed meanwhile (412, or a draft restored over
/// it) is merged with the edits and its changes listed.
#[component]
pub fn AccountTab(customer: Customer) -> impl IntoView {
    let i18n = use_i18n();
    let cloud = i18n.cloud();
    let session = use_session();
    let client = expect_context::<Client>();
    let tasks = PageTasks::here();
    let id = StoredValue::new(customer.id.clone());

    let may_edit =
        move || session.with(|s| s.as_ref().is_some_and(|s| can(cloud, &s.user.roles, Capability::EditCustomers)));
    // The version the edits are made on (its etag goes in If-Match).
    let current = RwSignal::new(None::<CustomerBillingProfile>);
    let editing = RwSignal::new(false);
    let changes = RwSignal::new(Vec::<Change>::new());
    let saved = RwSignal::new(false);

    let country = move || current.with_untracked(|c| c.as_ref().map(|c| c.default_address.country.clone()));
    let fields: Vec<(Spec, Field)> = FIELDS
        .iter()
        .map(|s| {
            let spec = *s;
            let field = Field::new(s.path, s.label, rule(s, cloud), String::new())
                .with_check(move |v| extra_problem(&spec, v, &country().unwrap_or_default()));
            (spec, field)
        })
        .collect();
    let fields = StoredValue::new(fields);
    let field_list: Vec<Field> = fields.with_value(|f| f.iter().map(|(_, f)| *f).collect());

    let typed = move || -> Values {
        fields.with_value(|f| f.iter().map(|(s, f)| (s.path.to_string(), f.value.get())).collect())
    };
    let base = move || -> Values { current.with(|c| c.as_ref().map(values).unwrap_or_default()) };
    let fill = move |vals: &Values| {
        fields.with_value(|f| {
            for (s, field) in f {
                field.value.set(vals.get(s.path).cloned().unwrap_or_default());
                field.error.set(None);
            }
        })
    };
    let dirty = Signal::derive(move || editing.get() && differs(&base(), &typed()));

    // The edits are kept while the partner edits, with the values they started from.
    Effect::new(move |_| {
        if editing.get() {
            draft::save(&id.get_value(), &Draft { base: base(), mine: typed() });
        }
    });

    let form = Form::new(&field_list);
    // A newer version on the server: take it, keep the edits on it, list what changed.
    let take_newer = move |newer: CustomerBillingProfile, mine: &Values, from: &Values| {
        let m = merge(from, mine, &values(&newer));
        current.set(Some(newer));
        fill(&m.values);
        changes.set(m.changes);
    };
    let refetch = {
        let client = client.clone();
        move || {
            let client = client.clone();
            let (mine, from) = (typed(), current.with_untracked(|c| c.as_ref().map(values)));
            tasks.spawn(async move {
                match api::customers::billing_profile(&client, &id.get_value()).await {
                    Ok(newer) => take_newer(newer, &mine, &from.unwrap_or_default()),
                    Err(e) => form.show_problem(Problem::Request(e)),
                }
            });
        }
    };
    let form = form.on_error(move |e| match e.status() {
        Some(412) => {
            form.show_problem(Problem::Message("customer-conflict"));
            refetch();
            Handled::Yes
        }
        Some(404) => {
            form.show_problem(Problem::Message("customer-gone"));
            Handled::Yes
        }
        Some(400) => place_server_errors(&fields.get_value(), e, &country),
        _ => Handled::No,
    });

    let load = {
        let client = client.clone();
        Load::new(move || {
            let client = client.clone();
            async move { api::customers::billing_profile(&client, &id.get_value()).await }
        })
    };
    // A read: shown as it is, or, with a draft of edits in this tab, the edits merged onto it.
    Effect::new(move |_| {
        if let LoadState::Ready(v) = load.state().get() {
            untrack(|| match draft::load(&id.get_value()).filter(|_| may_edit()) {
                Some(d) => {
                    take_newer(v, &d.mine, &d.base);
                    editing.set(true);
                }
                None => {
                    draft::clear(&id.get_value());
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
        // The cursor in the form's first input once it is shown.
        crate::dom::focus_when_shown(FIELDS[0].path);
    };
    let cancel = move |_| {
        editing.set(false);
        draft::clear(&id.get_value());
        changes.set(Vec::new());
        form.reset();
        fill(&base());
    };
    let on_submit = {
        let client = client.clone();
        form.on_submit(
            move |_ids| {
                let client = client.clone();
                let read = current.get_untracked().unwrap_or_default();
                let tag = read.attributes.etag.clone().unwrap_or_else(|| "*".to_string());
                let body = to_input(&read, &typed());
                async move {
                    let tag = if tag == "*" { tag } else { if_match(&tag) };
                    api::customers::update_billing_profile(&client, &id.get_value(), &body, &tag).await
                }
            },
            move |updated: CustomerBillingProfile| {
                draft::clear(&id.get_value());
                current.set(Some(updated));
                changes.set(Vec::new());
                editing.set(false);
                saved.set(true);
            },
        )
    };

    let profile = Signal::derive(move || current.get().unwrap_or_default());
    let read_only_view = move || {
        view! {
            <Show when=move || saved.get()>
                <p class="notice notice-success" role="status" id="bill-to-saved">{i18n.msg("customer-saved")}</p>
            </Show>
            <BillToDetails profile=profile/>
            <Show
                when=may_edit
                fallback=move || view! { <p class="notice" id="read-only-reason">{i18n.msg("customer-read-only")}</p> }
            >
                <p>
                    <button type="button" class="button" id="update-bill-to" on:click=start>
                        {i18n.msg("customer-update")}
                    </button>
                </p>
            </Show>
        }
    };
    let edit_view = move || {
        let inputs = fields.with_value(|f| f.iter().map(|(s, field)| input(*s, *field, cloud)).collect_view());
        let country_name = move || super::names::country(i18n.locale(), &country().unwrap_or_default());
        view! {
            <ChangesNotice changes=changes/>
            <form novalidate on:submit=on_submit.clone() aria-busy=move || form.pending().get().then_some("true")>
                {inputs}
                <div class="static-value" id="country-fixed">
                    <span class="static-label">{i18n.msg("customer-country")}</span>
                    <p>{country_name}</p>
                    <p class="field-hint">{i18n.msg("customer-country-fixed")}</p>
                </div>
                <div class="actions">
                    <SubmitButton form=form label="customer-submit" busy="form-saving"/>
                    <button type="button" class="button button-secondary" on:click=cancel>
                        {i18n.msg("customer-cancel")}
                    </button>
                </div>
            </form>
        }
    };
    let bill_to = move |_: CustomerBillingProfile| {
        let edit_view = edit_view.clone();
        // Shown once the read is taken in (a restored draft opens the form straight away).
        move || match (current.with(Option::is_some), editing.get()) {
            (false, _) => ().into_any(),
            (true, true) => edit_view().into_any(),
            (true, false) => read_only_view().into_any(),
        }
    };

    let company = customer.company_profile.clone();
    let microsoft_id = if company.tenant_id.trim().is_empty() { customer.id.clone() } else { company.tenant_id };
    view! {
        <div id="panel-account">
            <h2>{i18n.msg("customer-company-info")}</h2>
            <dl class="details" id="company-details">
                <dt>{i18n.msg("customers-microsoft-id")}</dt>
                <dd data-field="tenantId">{microsoft_id}</dd>
                <dt>{i18n.msg("customers-company-name")}</dt>
                <dd data-field="companyName">{company.company_name}</dd>
                <dt>{i18n.msg("customers-domain")}</dt>
                <dd data-field="domain">{company.domain}</dd>
            </dl>
            <h2>{i18n.msg("customer-bill-to")}</h2>
            <UnsavedGuard dirty=dirty/>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            <Loaded state=load.state() retry=Callback::new(move |_| load.retry()) children=bill_to/>
            {(cloud == Cloud::China).then(|| view! {
                <h2>{i18n.msg("customer-users-china-title")}</h2>
                <p class="notice" id="note-users-china">{i18n.msg("customer-users-china")}</p>
            })}
        </div>
    }
}

/// One input of the form.
fn input(spec: Spec, field: Field, cloud: Cloud) -> AnyView {
    match spec.input {
        Input::Culture => view! { <ChoiceField field=field choices=billing::cultures(cloud)/> }.into_any(),
        Input::Language => view! { <ChoiceField field=field choices=billing::languages(cloud)/> }.into_any(),
        input => {
            let input_type = match input {
                Input::Email => "email",
                Input::Tel => "tel",
                _ => "text",
            };
            view! {
                <FormField field=field input_type=input_type autocomplete=spec.autocomplete optional=spec.optional/>
            }
            .into_any()
        }
    }
}

/// The server's field errors in the words the field's own check uses (a postal code refused by
/// the server reads as one refused in the browser). Errors on no field are the usual handling's.
fn place_server_errors(fields: &[(Spec, Field)], e: &ApiError, country: &impl Fn() -> Option<String>) -> Handled {
    let errors = e.field_errors();
    let find = |path: &str| fields.iter().find(|(s, _)| s.path == path);
    if errors.is_empty() || !errors.iter().all(|fe| find(&fe.field).is_some()) {
        return Handled::No;
    }
    for fe in &errors {
        let Some((spec, field)) = find(&fe.field) else { continue };
        match extra_problem(spec, &field.value.get_untracked(), &country().unwrap_or_default()) {
            Some(id) if fe.code == "invalid_format" => field.set_server_message(id),
            _ => field.set_server_error(&fe.code),
        }
    }
    Handled::Yes
}
