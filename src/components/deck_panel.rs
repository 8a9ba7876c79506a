//! The presentation deck's `<details>` in the header: its summary counts the slides; its body
//! (`deck_body`) is a chunk fetched the first time the panel opens.

use crate::chunks::{self, Part};
use crate::state::use_app;
use leptos::prelude::*;
use upr_core::t_count;

#[component]
pub fn DeckPanel() -> impl IntoView {
    let state = use_app();
    let count = move || state.address.with(|q| q.deck.len());
    let opened = RwSignal::new(false);
    view! {
        <details class="deck" data-testid="deck-panel"
            on:toggle=move |_| if !opened.get_untracked() { opened.set(true) }>
            <summary>{move || t_count(state.lang.get(), "deck-summary", count())}</summary>
            <Show when=move || opened.get()>
                <Part load=chunks::deck/>
            </Show>
        </details>
    }
}
