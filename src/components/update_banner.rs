//! "A new version is available": shown when the service worker has installed a newer release; the
//! user decides when to reload, so nothing changes under them during a meeting.

use crate::offline;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let state = use_app();
    let (ready, set_ready) = signal(false);
    // The service worker fetches the whole release for offline use: on a slow link that would
    // share the connection with the first view, so it waits until the data is on screen and the
    // browser is idle.
    Effect::new(move |registered: Option<bool>| {
        if registered == Some(true) {
            return true;
        }
        if state.data.with(Option::is_none) {
            return false;
        }
        crate::browser::when_idle(move || offline::register(move || set_ready.set(true)));
        true
    });
    view! {
        <Show when=move || ready.get()>
            <aside class="notice update" role="status" data-testid="update-banner">
                <p>{state.t("update-available")}</p>
                <button type="button" data-testid="update-reload" on:click=move |_| offline::activate_update()>{state.t("update-reload")}</button>
            </aside>
        </Show>
    }
}
