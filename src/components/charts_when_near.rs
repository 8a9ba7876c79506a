//! The overview's charts, fetched when they come near the screen.

use crate::chunks::{self, Part};
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::Loaded;

/// The charts sit below the fold, and their code is a chunk of its own (with the charts' library
/// behind it): it is fetched when the charts come within a screen of the viewport or the page is
/// printed, not with the first view. A printout made before then says so.
#[component]
pub fn ChartsWhenNear(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let slot = NodeRef::<leptos::html::Div>::new();
    let near = crate::browser::near_screen(slot);
    let wanted = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false) || near.get() || state.printing.get()
    });
    move || {
        if wanted.get() {
            let loaded = loaded.clone();
            view! {
                <Part load=move || chunks::charts(loaded.clone()) print_note="charts-not-printed"/>
            }
            .into_any()
        } else {
            view! {
                <div node_ref=slot class="charts charts-waiting" data-testid="charts-waiting">
                    <h2>{state.t("charts-title")}</h2>
                    <p class="print-note">{state.t("charts-not-printed")}</p>
                </div>
            }
            .into_any()
        }
    }
}
