//! "A new version is available": shown when the service worker has installed a newer release; the
//! user decides when to reload, so nothing changes under them during a meeting.

use crate::offline;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let state = use_app();
    let (ready, set_ready) = signal(false);
    offline::register(move || set_ready.set(true));
    view! {
        <Show when=move || ready.get()>
            <aside class="notice update" role="status" data-testid="update-banner">
                <p>{state.t("update-available")}</p>
                <button type="button" data-testid="update-reload" on:click=move |_| offline::activate_update()>{state.t("update-reload")}</button>
            </aside>
        </Show>
    }
}
