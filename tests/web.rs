//! Components in a real browser (headless Chromium through wasm-bindgen-test-runner).
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p upr-dashboard --target wasm32-unknown-unknown`.

#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use std::sync::Arc;
use upr_core::model::{Status, StatusCategory};
use upr_dashboard::components::{error_page::ErrorPage, status::StatusLabel};
use upr_dashboard::state::AppState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

#[component]
fn WithState(children: ChildrenFn) -> impl IntoView {
    provide_context(AppState::from_router());
    children()
}

/// Mounts a view inside the router and the app state, in a fresh element of its own.
fn mount<V: IntoView + 'static>(
    f: impl Fn() -> V + Send + Sync + Clone + 'static,
) -> web_sys::HtmlElement {
    let el: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&el)
        .expect("append");
    let handle = leptos::mount::mount_to(el.clone(), move || {
        let f = f.clone();
        view! { <Router><WithState>{f()}</WithState></Router> }
    });
    handle.forget();
    el
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
fn a_status_shows_colour_icon_and_word_together() {
    let el = mount(|| view! { <StatusLabel category=StatusCategory::Rated(Status::Partially)/> });
    let span = el
        .query_selector(".status")
        .expect("query")
        .expect("a status element");
    assert!(span.class_list().contains("status-partially"));
    let text = span.text_content().unwrap_or_default();
    assert!(text.contains('◐'), "{text}");
    assert!(text.contains("Partially implemented"), "{text}");
}

#[wasm_bindgen_test]
fn not_assessed_is_a_state_of_its_own_never_blank() {
    let el = mount(|| view! { <StatusLabel category=StatusCategory::NotAssessed/> });
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("Not assessed"), "{text}");
    assert!(el.query_selector(".status-none").expect("query").is_some());
}

#[wasm_bindgen_test]
fn the_error_page_lists_each_problem_with_its_place_in_the_file() {
    let failure = upr_core::load_dataset(include_str!("fixtures/dangling-references.json"))
        .expect_err("the fixture is broken");
    let failure = Arc::new(failure);
    let el = mount(move || view! { <ErrorPage failure=failure.clone()/> });
    let paths: Vec<String> = {
        let list = el
            .query_selector_all("[data-testid=error-path]")
            .expect("query");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.text_content())
            .collect()
    };
    assert!(
        paths.contains(&"assessments[0].recommendation".to_string()),
        "{paths:?}"
    );
    assert!(
        paths.contains(&"consultations[0].regions[0]".to_string()),
        "{paths:?}"
    );
    assert!(el
        .text_content()
        .unwrap_or_default()
        .contains("Unknown recommendation “c1-9.9”"));
}

#[wasm_bindgen_test]
async fn the_whole_app_explains_a_missing_dataset_instead_of_going_blank() {
    // The test runner's server has no `data/mongolia-upr.json`: the app must say so.
    let el = mount(|| view! { <upr_dashboard::app::Shell/> });
    for _ in 0..100 {
        if el
            .query_selector("[data-testid=error-page]")
            .ok()
            .flatten()
            .is_some()
        {
            break;
        }
        sleep(50).await;
    }
    let page = el
        .query_selector("[data-testid=error-page]")
        .expect("query")
        .expect("the error page is shown");
    let text = page.text_content().unwrap_or_default();
    assert!(text.contains("HTTP 404"), "{text}");
}
