//! The page shell: router, state in context, header, navigation, the current view, and the page's
//! `lang` attribute and title following the chosen language.

use crate::chunks::{self, Part};
use crate::components::{
    data_banner::DataBanner, error_page::ErrorPage, header::Header, nav::Nav, overview::Overview,
    print_header::PrintHeader, query_notice::QueryNotice, update_banner::UpdateBanner,
    warnings::Warnings,
};
use crate::state::{use_app, AppState};
use crate::tracker::Assess;

/// A loader of a part of recording ratings; boxed, so that the parts share one `Part`.
fn assess(
    what: impl Fn() -> Assess + Send + Sync + 'static,
) -> Box<dyn Fn() -> chunks::AssessLoading + Send + Sync> {
    Box::new(move || chunks::assess(what()))
}

/// The tracker's root; if its chunk cannot be fetched, the views stop waiting for it.
fn tracker_root() -> chunks::AssessLoading {
    let ready = use_app().tracker.ready;
    let loading = chunks::assess(Assess::Root);
    send_wrapper::SendWrapper::new(Box::pin(async move {
        let part = loading.await;
        if part.is_err() {
            ready.set(true);
        }
        part
    }))
}
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
            <Show when=move || state.tracker.on.get()>
                <Part load=tracker_root quiet=true/>
            </Show>
            <QueryNotice/>
            <Body/>
        </main>
    }
}

/// Loading, the error page, or the current view with the dataset's warnings.
#[component]
fn Body() -> impl IntoView {
    let state = use_app();
    // The data with the ratings recorded here, except in the views that record them (which show
    // their changes themselves, so that a key does not draw the whole view again).
    let recording = Memo::new(move |_| {
        state
            .shown
            .with(|q| matches!(q.view, View::Rate | View::Validate))
    });
    move || {
        if !state.tracker.ready.get() && !recording.get() {
            return view! { <p class="loading" role="status" data-testid="loading">{state.t("loading")}</p> }.into_any();
        }
        let data = state.data.get().map(|d| match d {
            Ok(base) if !recording.get() => Ok(state.tracker.shown(&base)),
            other => other,
        });
        match data {
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
            View::Rate => {
                view! { <Part load=assess(move || Assess::Rate(loaded.clone()))/> }.into_any()
            }
            View::Validate => {
                view! { <Part load=assess(move || Assess::Validate(loaded.clone()))/> }.into_any()
            }
        }
    }
}
