//! Component tests in headless Chromium: mount the app, click, read the DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use microneedling_explorer::app::root::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn by_testid(id: &str) -> web_sys::HtmlElement {
    document()
        .query_selector(&format!("#app-under-test [data-testid='{id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={id}"))
        .unchecked_into()
}

/// Waits for the next animation frame (the Learn article is built one frame after the journey).
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    tick().await;
}

fn set_url(query: &str) {
    let path = window().location().pathname().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
}

/// Mounts the app on a fresh container; keep the handle alive for the test's length.
fn mount() -> impl Drop {
    // Only our own container is replaced: the runner reports through elements of its own.
    if let Some(old) = document().get_element_by_id("app-under-test") {
        old.remove();
    }
    let el: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    el.set_id("app-under-test");
    document().body().unwrap().append_child(&el).unwrap();
    leptos::mount::mount_to(el, App)
}

#[wasm_bindgen_test]
async fn shell_shows_header_navigation_and_learn() {
    set_url("?motion=reduce&screen=learn");
    let _h = mount();
    tick().await;
    assert!(by_testid("app-header")
        .text_content()
        .unwrap()
        .contains("Microneedling Explorer"));
    assert_eq!(by_testid("nav-learn").text_content().unwrap(), "Learn");
    next_frame().await;
    let refs = by_testid("sources-list").child_element_count();
    assert!(refs >= 25, "only {refs} references listed");
}

#[wasm_bindgen_test]
async fn play_pause_toggles_and_step_moves_the_journey() {
    set_url("?motion=reduce&screen=learn");
    let _h = mount();
    tick().await;
    let play = by_testid("play-pause");
    // Reduced motion: nothing plays by itself.
    assert_eq!(play.get_attribute("aria-pressed").as_deref(), Some("false"));
    play.click();
    tick().await;
    assert_eq!(play.get_attribute("aria-pressed").as_deref(), Some("true"));
    play.click();
    tick().await;
    assert_eq!(play.get_attribute("aria-pressed").as_deref(), Some("false"));

    let first = by_testid("journey-stage").text_content().unwrap();
    by_testid("step").click();
    tick().await;
    let second = by_testid("journey-stage").text_content().unwrap();
    assert_ne!(first, second, "step did not move to the next stage");
    assert!(by_testid("time-position")
        .text_content()
        .unwrap()
        .contains('2'));
    assert!(by_testid("live-region")
        .text_content()
        .unwrap()
        .contains('2'));

    by_testid("reset").click();
    tick().await;
    assert_eq!(by_testid("journey-stage").text_content().unwrap(), first);
}

#[wasm_bindgen_test]
async fn a_screen_opens_at_its_own_beginning() {
    set_url("?motion=reduce&screen=learn");
    let _h = mount();
    tick().await;
    by_testid("step").click();
    by_testid("step").click();
    tick().await;
    assert!(by_testid("time-position")
        .text_content()
        .unwrap()
        .contains('3'));
    // Away and back: the journey starts again at its first stage (the clock is shared).
    by_testid("nav-treatment").click();
    tick().await;
    by_testid("nav-learn").click();
    tick().await;
    let position = by_testid("time-position").text_content().unwrap();
    assert!(position.starts_with("Stage 1 "), "{position}");
}

#[wasm_bindgen_test]
async fn bad_url_values_show_the_notice() {
    set_url("?motion=reduce&depth=99&theme=<b>x</b>");
    let _h = mount();
    tick().await;
    let notice = by_testid("notice");
    let text = notice.text_content().unwrap();
    assert!(text.contains("depth"), "{text}");
    assert!(
        text.contains("<b>x</b>"),
        "the bad value is quoted as text: {text}"
    );
    assert!(
        notice.query_selector("b").unwrap().is_none(),
        "never as markup"
    );
    assert_eq!(notice.get_attribute("role").as_deref(), Some("status"));
}

#[wasm_bindgen_test]
async fn spanish_and_theme_follow_the_url() {
    set_url("?motion=reduce&lang=es&theme=projector");
    let _h = mount();
    tick().await;
    tick().await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("es"));
    assert_eq!(
        html.get_attribute("data-theme").as_deref(),
        Some("projector")
    );
    assert_eq!(by_testid("nav-learn").text_content().unwrap(), "Aprender");
}

#[wasm_bindgen_test]
async fn theme_switch_writes_the_url_without_a_new_history_entry() {
    set_url("?motion=reduce");
    let _h = mount();
    tick().await;
    let before = window().history().unwrap().length().unwrap();
    let select: web_sys::HtmlSelectElement = by_testid("theme-select").unchecked_into();
    select.set_value("dark");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    tick().await;
    assert!(window().location().search().unwrap().contains("theme=dark"));
    assert_eq!(window().history().unwrap().length().unwrap(), before);
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("data-theme")
            .as_deref(),
        Some("dark")
    );
}

#[wasm_bindgen_test]
async fn a_panic_is_shown_as_a_friendly_alert() {
    set_url("?motion=reduce&lang=es");
    let _h = mount();
    tick().await;
    // The shell keeps the panic message in the visitor's language.
    microneedling_explorer::app::panic_notice::show();
    let alert = document()
        .query_selector("[data-testid='panic-notice']")
        .unwrap()
        .expect("no panic notice");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    assert!(alert.text_content().unwrap().contains("Vuelve a cargar"));
    alert.remove();
}

#[wasm_bindgen_test]
fn numbers_are_read_by_the_browser_as_rust_reads_them() {
    use microneedling_explorer::app::number::parse_f64;
    for (text, x) in [
        ("2", Some(2.0)),
        ("-0.5", Some(-0.5)),
        ("+.5", Some(0.5)),
        ("1.", Some(1.0)),
        ("1E-3", Some(0.001)),
        ("2.5e+2", Some(250.0)),
        ("1e400", Some(f64::INFINITY)),
        ("-inf", Some(f64::NEG_INFINITY)),
        ("0x10", None),
        (" 1", None),
        ("", None),
        ("1,5", None),
        ("1e", None),
    ] {
        assert_eq!(parse_f64(text), x, "{text:?}");
    }
    assert!(parse_f64("NaN").is_some_and(f64::is_nan));
    // parseFloat rounds to the nearest double, as Rust does: every printed double reads back.
    for x in [
        0.1,
        1.0 / 3.0,
        123_456.789,
        5e-324,
        f64::MAX,
        -2.2250738585072014e-308,
    ] {
        assert_eq!(parse_f64(&x.to_string()), Some(x));
    }
}
