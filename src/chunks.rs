//! The parts of the app the first view does not need: the other views, the overview's charts and
//! the presentation's controls. Each is a split point: scripts/split-wasm.sh cuts it, with the code only it uses, into a
//! WebAssembly chunk of its own, fetched the first time the part is shown (and kept by the service
//! worker for offline use). `Part` shows one of them: "loading" while its chunk arrives, and a
//! message with a way to try again if it cannot be fetched.

use crate::components::{
    charts::Charts, consultations::ConsultationsView, data_view::DataView, deck_body::DeckBody,
    map_view::MapView, presenter::Presenter, recommendations::RecommendationsView,
};
use crate::state::use_app;
use leptos::prelude::*;
#[cfg(feature = "split")]
use leptos::wasm_split::wasm_split;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::sync::Arc;
use upr_core::Loaded;

/// A chunk that could not be fetched or started (the loader has logged why to the console).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkError;

impl From<SplitLoaderError> for ChunkError {
    fn from(_: SplitLoaderError) -> Self {
        ChunkError
    }
}

type Loading = Result<AnyView, ChunkError>;

/// A split point, in Trunk's build (the `split` feature, set in index.html). Without the feature
/// (the wasm-bindgen tests, which no splitter runs on) the same function is a plain `async fn`.
macro_rules! split_point {
    ($name:ident, $component:ident) => {
        #[cfg(feature = "split")]
        #[wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name(loaded: Arc<Loaded>) -> Loading {
            Ok(view! { <$component loaded=loaded/> }.into_any())
        }

        #[cfg(not(feature = "split"))]
        pub async fn $name(loaded: Arc<Loaded>) -> Loading {
            Ok(view! { <$component loaded=loaded/> }.into_any())
        }
    };
    // A part that needs no data.
    ($name:ident, $component:ident, without_data) => {
        #[cfg(feature = "split")]
        #[wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name() -> Loading {
            Ok(view! { <$component/> }.into_any())
        }

        #[cfg(not(feature = "split"))]
        pub async fn $name() -> Loading {
            Ok(view! { <$component/> }.into_any())
        }
    };
}

split_point!(recommendations, RecommendationsView);
split_point!(map, MapView);
split_point!(consultations, ConsultationsView);
split_point!(data, DataView);
split_point!(charts, Charts);
// The presentation's controls (and the QR code's encoder), fetched when a deck is presented.
split_point!(presenter, Presenter, without_data);
// The deck panel's body, fetched when the panel is first opened.
split_point!(deck, DeckBody, without_data);

/// Recording ratings, in one chunk (`crate::tracker::Assess` says which part). One: code that two
/// chunks share moves into the first download.
#[cfg(feature = "split")]
#[wasm_split(assess, wasm_split_path = ::leptos::wasm_split, fallible)]
fn assess_part(what: crate::tracker::Assess) -> Loading {
    Ok(what.into_view())
}

#[cfg(not(feature = "split"))]
async fn assess_part(what: crate::tracker::Assess) -> Loading {
    Ok(what.into_view())
}

/// A view's messages fetched with it, not part of the first download: the Data view's (`import`:
/// its guide, the templates' columns) and the Map and Consultations views' (`map`). Each language
/// once (`probe` is one of the file's message ids); kept by the service worker for offline use.
async fn messages(name: &str, probe: &str) -> Result<(), ChunkError> {
    for lang in upr_core::Lang::ALL {
        if upr_core::i18n::has_message(lang, probe) {
            continue;
        }
        let path = upr_core::i18n::ftl_path(lang, name);
        let response = gloo_net::http::Request::get(&path)
            .send()
            .await
            .map_err(|_| ChunkError)?;
        if !response.ok() {
            return Err(ChunkError);
        }
        let text = response.text().await.map_err(|_| ChunkError)?;
        upr_core::i18n::add_messages(lang, &text);
    }
    Ok(())
}

/// The Data view, once its chunk and its messages are here.
pub fn data_view(loaded: Arc<Loaded>) -> send_wrapper::SendWrapper<impl Future<Output = Loading>> {
    send_wrapper::SendWrapper::new(async move {
        messages("import", "import-title").await?;
        data(loaded).await
    })
}

/// The loading of a part of recording ratings.
pub type AssessLoading =
    send_wrapper::SendWrapper<std::pin::Pin<Box<dyn Future<Output = Loading>>>>;

/// A part of recording ratings, once its chunk and its words are here.
pub fn assess(what: crate::tracker::Assess) -> AssessLoading {
    send_wrapper::SendWrapper::new(Box::pin(async move {
        messages("assess", "assess-add").await?;
        assess_part(what).await
    }))
}

/// The Map view, once its chunk and its messages are here.
pub fn map_view(loaded: Arc<Loaded>) -> send_wrapper::SendWrapper<impl Future<Output = Loading>> {
    send_wrapper::SendWrapper::new(async move {
        messages("map", "map-summary").await?;
        map(loaded).await
    })
}

/// The Consultations view (its timeline's words are the map's), once its chunk and its messages
/// are here.
pub fn consultations_view(
    loaded: Arc<Loaded>,
) -> send_wrapper::SendWrapper<impl Future<Output = Loading>> {
    send_wrapper::SendWrapper::new(async move {
        messages("map", "map-summary").await?;
        consultations(loaded).await
    })
}

/// One part: `load` is one of the functions above with its arguments. Trying again fetches the
/// chunk anew (a failed fetch is not remembered); the URL and everything chosen stay as they are.
/// `print_note`: a message id printed, instead of the part, while its chunk has not arrived.
#[component]
pub fn Part<F, Fut>(
    load: F,
    #[prop(optional)] print_note: Option<&'static str>,
    /// Nothing is shown while the chunk arrives (a part that is not the page's content).
    #[prop(optional)]
    quiet: bool,
) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Loading> + Send + 'static,
{
    let state = use_app();
    let attempt = RwSignal::new(0u32);
    let failed = move || {
        view! {
            <section class="part-error" role="alert" data-testid="part-error">
                <p>{state.t("part-failed")}</p>
                <button type="button" class="button" data-testid="part-retry"
                    on:click=move |_| attempt.update(|n| *n += 1)>
                    {state.t("part-retry")}
                </button>
            </section>
        }
    };
    // Not <Suspense>: its owner outlived the view it held when the view or the language changed,
    // and the old view then read disposed signals. A plain `Suspend` is owned by this closure.
    move || {
        attempt.track();
        let part = load();
        let arrived = RwSignal::new(false);
        view! {
            {move || (!arrived.get() && !quiet).then(|| view! {
                <p class="loading" role="status" data-testid="part-loading">{state.t("part-loading")}</p>
                {print_note.map(|id| view! { <p class="print-note">{state.t(id)}</p> })}
            })}
            {Suspend::new(async move {
                let shown = part.await.unwrap_or_else(|_| failed().into_any());
                arrived.try_set(true);
                shown
            })}
        }
    }
}
