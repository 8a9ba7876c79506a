//! The page shell: router, state in context, header, navigation, the current view, and the page's
//! `lang` attribute and title following the chosen language.

use crate::chunks::{self, Part};
use crate::components::{
    data_banner::DataBanner, error_page::ErrorPage, header::Header, nav::Nav, overview::Overview,
    print_header::PrintHeader, query_notice::QueryNotice, update_banner::UpdateBanner,
    warnings::Warnings,
};
use crate::state::{use_app, AppState};
use leptos::prelude::*;
use leptos_router::components::Router;
use std::sync::Arc;
use upr_core::query::View;
use upr_core::Loaded;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// Everything inside the router: state, header, navigation and the current view.
#[component]
pub fn Shell() -> impl IntoView {
    let state = AppState::from_router();
    provide_context(state);
    state.keep_url_in_step();
    let before = window_event_listener(leptos::ev::beforeprint, move |_| state.printing.set(true));
    let after = window_event_listener(leptos::ev::afterprint, move |_| state.printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    // Presenting: the page's large high-contrast type, and the controls (a chunk of their own).
    let presenting = Memo::new(move |_| state.shown.with(|q| q.slide.is_some()));
    Effect::new(move |_| {
        let on = presenting.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = if on {
                root.class_list().add_1("presenting")
            } else {
                root.class_list().remove_1("presenting")
            };
        }
    });
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            doc.set_title(&upr_core::t(lang, "app-name"));
        }
    });
    view! {
        <a class="skip-link" href="#main">{state.t("skip-to-content")}</a>
        <PrintHeader/>
        <Header/>
        <Nav/>
        <main id="main" tabindex="-1">
            <Show when=move || presenting.get()>
                <Part load=chunks::presenter/>
            </Show>
            <UpdateBanner/>
            <DataBanner/>
            <QueryNotice/>
            <Body/>
        </main>
    }
}

/// Loading, the error page, or the current view with the dataset's warnings.
#[component]
fn Body() -> impl IntoView {
    let state = use_app();
    move || {
        match state.data.get() {
        None => view! { <p class="loading" role="status" data-testid="loading">{state.t("loading")}</p> }.into_any(),
        Some(Err(failure)) => view! { <ErrorPage failure=failure/> }.into_any(),
        Some(Ok(loaded)) => {
            let warnings = loaded.warnings.clone();
            view! {
                <Warnings warnings=warnings/>
                <CurrentView loaded=loaded/>
            }
            .into_any()
        }
    }
    }
}

/// The view named in the URL, drawn anew when the view or the language changes. The overview is in
/// the app's main WebAssembly; the other views arrive as chunks (`chunks`).
#[component]
fn CurrentView(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let key = Memo::new(move |_| state.shown.with(|q| (q.view, q.lang)));
    move || {
        let loaded = loaded.clone();
        match key.get().0 {
            View::Overview => view! { <Overview loaded=loaded/> }.into_any(),
            View::Recommendations => {
                view! { <Part load=move || chunks::recommendations(loaded.clone())/> }.into_any()
            }
            View::Map => view! { <Part load=move || chunks::map_view(loaded.clone())/> }.into_any(),
            View::Consultations => {
                view! { <Part load=move || chunks::consultations_view(loaded.clone())/> }.into_any()
            }
            View::Data => {
                view! { <Part load=move || chunks::data_view(loaded.clone())/> }.into_any()
            }
            // The overview's charts alone (a slide of the ready-made deck), fetched at once.
            View::Charts => {
                view! { <Part load=move || chunks::charts(loaded.clone())/> }.into_any()
            }
        }
    }
}
