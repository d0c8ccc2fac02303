//! The last resort: if the app panics anyway. The wasm is built with `panic = "abort"`, so after
//! a panic nothing of the app runs again; the hook replaces the page with a message in the
//! partner's language, an error id (also logged to the console, so a report can be matched with
//! it) and a Reload button, instead of leaving a page that looks alive but no longer responds.
//!
//! The hook uses plain DOM calls only (no Leptos: its runtime may be what panicked) and text
//! prepared beforehand: at start-up from the compiled-in boot messages of the negotiated
//! language, and again whenever the partner switches language.

use std::cell::RefCell;

use fluent_bundle::FluentArgs;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{Catalog, Locale, boot_source};

/// Stands for the error id in the prepared "Error ID" line until a crash fills it in.
const ID_SLOT: &str = "\u{1}error-id\u{1}";

/// The crash page's text in one language, formatted ahead of time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrashMessages {
    /// The language's tag, for `<html lang>`.
    pub lang: &'static str,
    pub message: String,
    pub reload: String,
    /// "Error ID: …" with `ID_SLOT` where the id goes.
    error_id: String,
}

impl CrashMessages {
    /// From a loaded catalog (every catalog holds the boot messages).
    pub fn from_catalog(c: &Catalog) -> CrashMessages {
        let mut args = FluentArgs::new();
        args.set("id", ID_SLOT);
        CrashMessages {
            lang: c.locale().tag(),
            message: c.format("crash-message", None),
            reload: c.format("crash-reload", None),
            error_id: c.format("crash-error-id", Some(&args)),
        }
    }

    /// From the messages compiled into the app: needs no download. They are tested to parse, so
    /// the English fallback is only a safety net.
    pub fn for_locale(l: Locale) -> CrashMessages {
        match Catalog::parse(l, &[boot_source(l)]) {
            Ok(c) => CrashMessages::from_catalog(&c),
            Err(_) => CrashMessages::english(),
        }
    }

    /// en-US, written out: what the hook shows if nothing was prepared.
    pub fn english() -> CrashMessages {
        CrashMessages {
            lang: Locale::EnUs.tag(),
            message: "Something went wrong. Reload the page; what you typed on this step is kept.".into(),
            reload: "Reload the page".into(),
            error_id: format!("Error ID: {ID_SLOT}"),
        }
    }

    /// The "Error ID" line for `id`. A translation that lost its placeable still shows the id.
    pub fn error_id_line(&self, id: &str) -> String {
        if self.error_id.contains(ID_SLOT) {
            self.error_id.replace(ID_SLOT, id)
        } else {
            format!("{} {id}", self.error_id)
        }
    }
}

thread_local! {
    static MESSAGES: RefCell<Option<CrashMessages>> = const { RefCell::new(None) };
}

/// Prepares the crash page's text (at start-up, and on every language switch).
pub fn set_messages(m: CrashMessages) {
    let _ = MESSAGES.try_with(|slot| {
        if let Ok(mut slot) = slot.try_borrow_mut() {
            *slot = Some(m);
        }
    });
}

/// The prepared text, or English. Never panics: it runs inside the panic hook.
pub fn current_messages() -> CrashMessages {
    MESSAGES
        .try_with(|slot| slot.try_borrow().ok().and_then(|m| m.clone()))
        .ok()
        .flatten()
        .unwrap_or_else(CrashMessages::english)
}

/// Installs the panic hook, with text in `locale` until a catalog is loaded. Call first thing.
pub fn install(locale: Locale) {
    set_messages(CrashMessages::for_locale(locale));
    std::panic::set_hook(Box::new(|info| {
        let id = new_error_id();
        console_error(&format!("Partner Center stopped: error ID {id}: {info}"));
        show_crash(&id, &current_messages());
    }));
}

/// Eight hex digits from 4 random bytes: short enough to read out over the phone.
pub fn hex_id(bytes: [u8; 4]) -> String {
    format!("{:08x}", u32::from_be_bytes(bytes))
}

/// A fresh error id from the browser's CSPRNG (Math.random where there is none).
pub fn new_error_id() -> String {
    let mut bytes = [0u8; 4];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // `as` saturates: a float outside u32's range cannot panic here.
        bytes = ((js_sys::Math::random() * f64::from(u32::MAX)) as u32).to_be_bytes();
    }
    hex_id(bytes)
}

/// Replaces the whole page (the body) with the crash message. False when there is no document.
pub fn show_crash(error_id: &str, messages: &CrashMessages) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", messages.lang);
    }
    let root: web_sys::Element = match (document.body(), document.document_element()) {
        (Some(body), _) => body.into(),
        (None, Some(html)) => html,
        (None, None) => return false,
    };
    render_crash(&root, error_id, messages).is_ok()
}

/// Replaces everything in `root` with the crash message, the error id and a Reload button.
/// Text goes in as textContent only.
pub fn render_crash(root: &web_sys::Element, error_id: &str, messages: &CrashMessages) -> Result<(), JsValue> {
    let document = root.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
    let main = document.create_element("main")?;
    main.set_class_name("page narrow boot-error crash");
    main.set_attribute("role", "alert")?;
    let heading = document.create_element("h1")?;
    heading.set_text_content(Some(&messages.message));
    let id_line = document.create_element("p")?;
    id_line.set_class_name("muted");
    id_line.set_text_content(Some(&messages.error_id_line(error_id)));
    let button = document.create_element("button")?;
    button.set_attribute("type", "button")?;
    button.set_class_name("button");
    button.set_text_content(Some(&messages.reload));
    // Reloading is JavaScript's own `location.reload`, bound to `location`: after a panic the
    // aborted wasm must not be called into again, so no Rust closure handles the click.
    if let Some(window) = web_sys::window() {
        let location = window.location();
        let reload: js_sys::Function = js_sys::Reflect::get(&location, &JsValue::from_str("reload"))?.dyn_into()?;
        button.add_event_listener_with_callback("click", &reload.bind0(&location))?;
    }
    main.append_child(&heading)?;
    main.append_child(&id_line)?;
    main.append_child(&button)?;
    // Everything the app had rendered goes: its handlers would call into the aborted wasm.
    root.set_text_content(None);
    root.append_child(&main)?;
    if let Ok(button) = button.dyn_into::<web_sys::HtmlElement>() {
        let _ = button.focus();
    }
    Ok(())
}

/// `console.error`, looked up by name so no extra web-sys feature is needed.
fn console_error(text: &str) {
    let Ok(console) = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("console")) else {
        return;
    };
    if let Ok(error) =
        js_sys::Reflect::get(&console, &JsValue::from_str("error")).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = error.call1(&console, &JsValue::from_str(text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_crash_page_compiled_in() {
        for l in Locale::ALL {
            let m = CrashMessages::for_locale(l);
            assert_eq!(m.lang, l.tag());
            for text in [&m.message, &m.reload] {
                assert!(!text.is_empty() && !text.starts_with("crash-"), "{}: {text}", l.tag());
            }
            let line = m.error_id_line("0a1b2c3d");
            assert!(line.contains("0a1b2c3d") && !line.contains(ID_SLOT), "{}: {line}", l.tag());
        }
        let en = CrashMessages::for_locale(Locale::EnUs);
        assert_eq!(en.message, "Something went wrong. Reload the page; what you typed on this step is kept.");
        assert_eq!(en.error_id_line("0a1b2c3d"), "Error ID: 0a1b2c3d");
        // The written-out fallback says the same as the catalog.
        assert_eq!(CrashMessages::english(), en);
        assert!(CrashMessages::for_locale(Locale::ZhCn).message.contains("重新加载页面"));
    }

    #[test]
    fn a_translation_without_the_placeable_still_shows_the_id() {
        let m = CrashMessages { error_id: "Error ID:".into(), ..CrashMessages::english() };
        assert_eq!(m.error_id_line("ffff0000"), "Error ID: ffff0000");
    }

    #[test]
    fn prepared_messages_are_what_the_hook_uses() {
        set_messages(CrashMessages::for_locale(Locale::KoKr));
        assert_eq!(current_messages().lang, "ko-KR");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// Error ids are always 8 lowercase hex digits that encode the bytes.
        #[test]
        fn error_ids_are_eight_hex_digits(bytes in any::<[u8; 4]>()) {
            let id = hex_id(bytes);
            prop_assert_eq!(id.len(), 8);
            prop_assert!(id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
            prop_assert_eq!(u32::from_str_radix(&id, 16).ok(), Some(u32::from_be_bytes(bytes)));
        }

        /// Whatever the id, the line holds it exactly once and the slot marker never shows.
        #[test]
        fn the_id_line_holds_any_id(id in any_text()) {
            prop_assume!(!id.contains(ID_SLOT));
            for l in Locale::ALL {
                let line = CrashMessages::for_locale(l).error_id_line(&id);
                prop_assert!(line.contains(id.as_str()));
                prop_assert!(!line.contains(ID_SLOT));
            }
        }
    }
}
