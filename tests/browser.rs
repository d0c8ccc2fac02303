//! Components in real Chromium (wasm-bindgen-test): `make test-browser`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use partner_center::components::{ErrorSummary, LanguagePicker, SummaryItem, TextField};
use partner_center::config::Cloud;
use partner_center::crash::{self, CrashMessages};
use partner_center::i18n::{Catalog, I18n, Locale, boot_source, format};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn catalog(l: Locale) -> Catalog {
    let main = match l {
        Locale::EnUs => include_str!("../locales/en-US/main.ftl"),
        Locale::ZhCn => include_str!("../locales/zh-CN/main.ftl"),
        Locale::ZhTw => include_str!("../locales/zh-TW/main.ftl"),
        Locale::KoKr => include_str!("../locales/ko-KR/main.ftl"),
        Locale::FrFr => include_str!("../locales/fr-FR/main.ftl"),
    };
    Catalog::parse(l, &[boot_source(l), main]).unwrap()
}

fn container() -> web_sys::HtmlElement {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn by_id(id: &str) -> web_sys::HtmlElement {
    document().get_element_by_id(id).unwrap_or_else(|| panic!("no #{id}")).unchecked_into()
}

async fn tick() {
    gloo_timers::future::TimeoutFuture::new(10).await;
}

#[wasm_bindgen_test]
async fn language_picker_switches_text_in_place_without_reload() {
    let _ = window().local_storage().unwrap().unwrap().remove_item("pc.locale");
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), || {
        let i18n = I18n::new(Cloud::China, catalog(Locale::EnUs));
        for l in [Locale::ZhCn, Locale::ZhTw, Locale::KoKr, Locale::FrFr] {
            i18n.add(catalog(l));
        }
        provide_context(i18n);
        view! {
            <LanguagePicker/>
            <p id="probe">{move || i18n.t("shell-sign-in")}</p>
            <input id="typed"/>
        }
    });
    tick().await;
    assert_eq!(by_id("probe").text_content().unwrap(), "Sign in");
    // Something typed before the switch must survive it: no reload, no re-mount of the input.
    let typed: web_sys::HtmlInputElement = by_id("typed").unchecked_into();
    typed.set_value("still here");

    let select: web_sys::HtmlSelectElement = by_id("language-picker").unchecked_into();
    for (tag, want) in
        [("zh-CN", "登录"), ("zh-TW", "登入"), ("ko-KR", "로그인"), ("fr-FR", "Se connecter"), ("en-US", "Sign in")]
    {
        select.set_value(tag);
        select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
        tick().await;
        assert_eq!(by_id("probe").text_content().unwrap(), want, "after choosing {tag}");
        assert_eq!(select.value(), tag);
        assert_eq!(window().local_storage().unwrap().unwrap().get_item("pc.locale").unwrap().as_deref(), Some(tag));
    }
    assert_eq!(typed.value(), "still here");
    // Every option names its language in its own script, marked with its lang.
    let options = select.options();
    assert_eq!(options.length(), 5);
    let zh = options.item(1).unwrap();
    assert_eq!(zh.get_attribute("lang").as_deref(), Some("zh-CN"));
    assert_eq!(zh.text_content().unwrap(), "中文(简体)");
    root.remove();
}

#[wasm_bindgen_test]
async fn text_field_wires_label_hint_and_error_for_assistive_technology() {
    let root = container();
    let value = RwSignal::new(String::from("typed"));
    let error = RwSignal::new(None::<String>);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n::new(Cloud::China, catalog(Locale::EnUs)));
        view! {
            <TextField id="company" label="Company name" hint=Some(Signal::derive(|| "As registered".to_string()))
                value=value error=error autocomplete=Some("organization") required=true/>
        }
    });
    tick().await;
    let input: web_sys::HtmlInputElement = by_id("company").unchecked_into();
    let label = root.query_selector("label").unwrap().unwrap();
    assert_eq!(label.get_attribute("for").as_deref(), Some("company"));
    assert_eq!(input.value(), "typed");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("false"));
    assert_eq!(input.get_attribute("aria-describedby").as_deref(), Some("company-hint"));
    assert_eq!(input.get_attribute("autocomplete").as_deref(), Some("organization"));

    error.set(Some("Enter the company name".into()));
    tick().await;
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(input.get_attribute("aria-describedby").as_deref(), Some("company-hint company-error"));
    assert_eq!(by_id("company-error").text_content().unwrap(), "Error: Enter the company name");
    // The value is untouched by the error appearing.
    assert_eq!(input.value(), "typed");

    input.set_value("Fabrikam");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    assert_eq!(value.get_untracked(), "Fabrikam");
    root.remove();
}

#[wasm_bindgen_test]
async fn error_summary_takes_focus_and_links_to_the_field() {
    let root = container();
    let items = RwSignal::new(Vec::<SummaryItem>::new());
    let focus = RwSignal::new(0u32);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n::new(Cloud::China, catalog(Locale::EnUs)));
        view! { <ErrorSummary items=items focus=focus/><input id="userName"/> }
    });
    tick().await;
    assert!(root.query_selector(".error-summary").unwrap().is_none(), "hidden while there is no problem");

    items.set(vec![
        SummaryItem { field: Some("userName"), message: "Enter your work account".into() },
        SummaryItem { field: None, message: "Partner Center can't be reached".into() },
    ]);
    tick().await;
    assert!(root.query_selector(".error-summary").unwrap().is_none(), "problems found while typing wait for a submit");
    focus.set(1);
    tick().await;
    let summary = root.query_selector(".error-summary").unwrap().unwrap();
    assert_eq!(document().active_element().unwrap(), summary, "focus moves to the summary");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    assert!(summary.text_content().unwrap().contains("There is a problem"));
    let link: web_sys::HtmlElement = summary.query_selector("a").unwrap().unwrap().unchecked_into();
    link.click();
    assert_eq!(document().active_element().unwrap().id(), "userName", "the link focuses the field");
    root.remove();
}

#[wasm_bindgen_test]
fn intl_formats_follow_the_language() {
    assert_eq!(format::number(Locale::EnUs, 1234.5), "1,234.5");
    assert_eq!(format::number(Locale::FrFr, 1234.5).replace(['\u{202f}', '\u{a0}'], " "), "1 234,5");
    assert_eq!(format::money(Locale::ZhCn, "CNY", 1234.5), "¥1,234.50");
    assert!(format::date_time(Locale::ZhCn, "2026-11-22T10:00:00Z").contains("2026年11月22日"));
    assert!(format::date_time(Locale::KoKr, "2026-11-22T10:00:00Z").contains("2026년 11월 22일"));
    assert_eq!(format::date_time(Locale::EnUs, "not a date"), "not a date");
    assert_eq!(
        format::list(Locale::EnUs, &["Global admin".into(), "Admin agent".into()]),
        "Global admin and Admin agent"
    );
    assert_eq!(format::list(Locale::ZhCn, &["全局管理员".into(), "管理员代理".into()]), "全局管理员和管理员代理");
    // A currency code Intl would throw on (from the server) is shown as it is.
    assert_eq!(format::money(Locale::EnUs, "C N", 2.0), "2 C N");
}

/// The crash page: localized text from the loaded catalog, the error id, a Reload button, and
/// nothing left of the page it replaced.
#[wasm_bindgen_test]
fn the_crash_page_replaces_the_app_in_the_partners_language() {
    let root = container();
    root.set_inner_html("<main id=\"crashed-app\"><input id=\"crashed-input\"></main>");
    let messages = CrashMessages::from_catalog(&catalog(Locale::ZhCn));
    crash::render_crash(&root, "0a1b2c3d", &messages).unwrap();
    assert!(root.query_selector("#crashed-app").unwrap().is_none(), "the app's content is gone");
    let text = root.text_content().unwrap();
    assert!(text.contains("出现了问题。请重新加载页面；你在此步骤中输入的内容会保留。"), "{text}");
    assert!(text.contains("错误 ID：0a1b2c3d"), "{text}");
    let page = root.first_element_child().unwrap();
    assert_eq!(page.get_attribute("role").as_deref(), Some("alert"));
    let button = root.query_selector("button").unwrap().unwrap();
    assert_eq!(button.text_content().as_deref(), Some("重新加载页面"));
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    assert_eq!(document().active_element().as_ref(), Some(&button), "Reload is one key press away");
    // Text only: markup in a message is shown, never parsed.
    let mut hostile = CrashMessages::english();
    hostile.message = "<img src=x onerror=alert(1)>".into();
    crash::render_crash(&root, "<b>id</b>", &hostile).unwrap();
    assert!(root.query_selector("img, b").unwrap().is_none());
    assert!(root.text_content().unwrap().contains("Error ID: <b>id</b>"));
    root.remove();
}

/// What the panic hook does: the whole body is replaced, `<html lang>` follows the message.
/// The test's own page is put back afterwards (the test is synchronous, so nothing else runs
/// in between).
#[wasm_bindgen_test]
fn show_crash_replaces_the_whole_page() {
    let body = document().body().unwrap();
    let html = document().document_element().unwrap();
    let lang = html.get_attribute("lang");
    let nodes = body.child_nodes();
    let kept: Vec<web_sys::Node> = (0..nodes.length()).filter_map(|i| nodes.item(i)).collect();
    let app = container();
    app.set_id("app-before-crash");

    crash::set_messages(CrashMessages::for_locale(Locale::FrFr));
    let shown = crash::show_crash("deadbeef", &crash::current_messages());
    let text = body.text_content().unwrap();
    let lang_after = html.get_attribute("lang");
    let app_gone = document().get_element_by_id("app-before-crash").is_none();
    let children = body.child_element_count();

    body.set_text_content(None);
    for n in &kept {
        body.append_child(n).unwrap();
    }
    match lang {
        Some(l) => html.set_attribute("lang", &l).unwrap(),
        None => html.remove_attribute("lang").unwrap(),
    }

    assert!(shown);
    assert!(app_gone, "the page content was replaced");
    assert_eq!(children, 1);
    assert!(
        text.contains(
            "Un problème est survenu. Rechargez la page\u{a0}; ce que vous avez saisi à cette étape est conservé."
        ),
        "{text}"
    );
    assert!(text.contains("ID de l’erreur\u{a0}: deadbeef"), "{text}");
    assert!(text.contains("Recharger la page"), "{text}");
    assert_eq!(lang_after.as_deref(), Some("fr-FR"));
}

/// The submit lifecycle every form shares (`form::Form`), driven as a page drives it, with the
/// backend's answers scripted: what the partner would notice is the summary's focus count, the
/// "Try again" offer, the errors on the fields, and the server seeing one operation per intent.
#[wasm_bindgen_test]
async fn a_form_keeps_its_request_id_while_the_outcome_is_unknown_and_starts_a_new_one_after_an_answer() {
    use partner_center::api::ApiError;
    use partner_center::form::{Field, Form, Rule};
    use std::cell::RefCell;
    use std::rc::Rc;

    let root = container();
    let made: Rc<RefCell<Option<(Form, Field)>>> = Rc::default();
    let _mounted = leptos::mount::mount_to(root.clone(), {
        let made = made.clone();
        move || {
            provide_context(I18n::new(Cloud::China, catalog(Locale::EnUs)));
            let email = Field::new("email", "signin-user-name", Rule::Email, String::new());
            *made.borrow_mut() = Some((Form::new(&[email]), email));
        }
    });
    let (form, email) = made.borrow().unwrap();
    let sent: Rc<RefCell<Vec<String>>> = Rc::default();
    let done = Rc::new(RefCell::new(0));
    let submit = |answer: Result<(), ApiError>| {
        let (sent, done) = (sent.clone(), done.clone());
        form.submit(
            move |ids| {
                sent.borrow_mut().push(ids.main());
                async move { answer }
            },
            move |()| *done.borrow_mut() += 1,
        );
    };

    // A field in error stops the submit before anything is sent.
    submit(Ok(()));
    tick().await;
    assert!(sent.borrow().is_empty());
    assert_eq!(form.failures().get_untracked(), 1);
    assert_eq!(email.error.get_untracked(), Some("form-error-required"));

    // No answer (timeout), then a 500: the outcome is unknown, so the retry is the same operation.
    email.value.set("lin.hai@lanhai-data.cn".into());
    tick().await;
    submit(Err(ApiError::Timeout));
    tick().await;
    assert!(form.retryable());
    submit(Err(ApiError::from_status(500, "", None)));
    tick().await;
    assert_eq!(form.failures().get_untracked(), 3);
    {
        let s = sent.borrow();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0], s[1], "a retry after an unknown outcome reuses the request id");
    }

    // A definite answer: the server's field error lands on the field, the summary needs no
    // second line, and the next submit is a new operation.
    let body = r#"{"code":"validation_failed","description":"x","data":[{"field":"email","code":"domain_taken"}]}"#;
    submit(Err(ApiError::from_status(400, body, None)));
    tick().await;
    assert_eq!(email.error.get_untracked(), Some("form-error-domain-taken"));
    assert_eq!(form.problem().get_untracked(), None);
    assert!(!form.retryable());
    submit(Ok(()));
    tick().await;
    {
        let s = sent.borrow();
        assert_eq!(s[2], s[1], "the answered attempt was still the unknown one's retry");
        assert_ne!(s[3], s[2], "after an answer, a new operation");
    }
    assert_eq!(*done.borrow(), 1);
    assert_eq!(form.failures().get_untracked(), 0, "a success hides the summary");

    // After a success, and after an edit, the next submit is a new operation again.
    submit(Err(ApiError::Network));
    tick().await;
    email.value.set("lin.hai@lanhai-data.com".into());
    tick().await;
    submit(Ok(()));
    tick().await;
    let s = sent.borrow();
    assert_ne!(s[4], s[3]);
    assert_ne!(s[5], s[4], "an edit makes a new operation");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_long_list_goes_in_a_screenful_first_then_over_the_next_frames() {
    use partner_center::rollout::{Rollout, rollout};
    use std::sync::Arc;

    let root = container();
    let list = RwSignal::new(Some(Arc::new((0..100).collect::<Vec<u32>>())));
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let shown = rollout(move || list.get(), 12);
        view! {
            <ul id="rolled" data-busy=move || shown.with(Rollout::pending).then_some("true")>
                <For each=move || shown.with(Rollout::keys) key=|k| *k let((_, i))>
                    <li>{move || shown.with_untracked(|s| s.items[i])}</li>
                </For>
            </ul>
        }
    });
    let items = || by_id("rolled").child_element_count();
    // Before the next frame, only the first screenful is in.
    gloo_timers::future::TimeoutFuture::new(0).await;
    assert_eq!(items(), 12);
    assert!(by_id("rolled").has_attribute("data-busy"));
    // Then every frame brings more, in order, until all are in and the list is no longer busy.
    for _ in 0..100 {
        if items() == 100 {
            break;
        }
        tick().await;
    }
    assert_eq!(items(), 100);
    assert!(!by_id("rolled").has_attribute("data-busy"));
    assert_eq!(by_id("rolled").last_element_child().unwrap().text_content().unwrap(), "99");
    // A new list replaces the old one at once, never mixed with it.
    list.set(Some(Arc::new(vec![7, 8, 9])));
    tick().await;
    assert_eq!(items(), 3);
    assert_eq!(by_id("rolled").first_element_child().unwrap().text_content().unwrap(), "7");
    list.set(None);
    tick().await;
    assert_eq!(items(), 0);
}
