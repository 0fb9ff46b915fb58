//! A Rust panic is shown to the visitor as a friendly message, never as a frozen page.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

thread_local! {
    /// The message in the visitor's current language, kept up to date by the shell.
    static MESSAGE: RefCell<String> = RefCell::new(
        "Something went wrong and the explorer stopped. Please reload the page to start again.".into(),
    );
}

/// Sets the message a panic will show (called when the language changes).
pub fn set_message(text: &str) {
    MESSAGE.with(|m| *m.borrow_mut() = text.to_string());
}

/// Installs the hook: log the panic to the console, then put an alert on the page.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("microneedling-explorer: {info}").into());
        show();
    }));
}

/// Puts the friendly message on the page (once), above everything, and focuses it.
pub fn show() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("panic-notice").is_some() {
        return;
    }
    let Ok(el) = doc.create_element("div") else {
        return;
    };
    el.set_id("panic-notice");
    el.set_class_name("panic-notice");
    let _ = el.set_attribute("role", "alert");
    let _ = el.set_attribute("data-testid", "panic-notice");
    MESSAGE.with(|m| el.set_text_content(Some(&m.borrow())));
    let _ = body.insert_before(&el, body.first_child().as_ref());
    if let Ok(html) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = html.set_attribute("tabindex", "-1");
        let _ = html.focus();
    }
}
