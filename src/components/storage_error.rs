//! What went wrong with the browser's storage, said where the user clicked.

use crate::state::use_app;
use leptos::prelude::*;
use upr_core::{t_with, Arg};

/// "The browser's storage did not work: … Nothing was changed.", while `error` holds a detail.
#[component]
pub fn StorageError(error: RwSignal<Option<String>>, testid: &'static str) -> impl IntoView {
    let state = use_app();
    let text = move || {
        let detail = Arg::Str(error.get().unwrap_or_default());
        t_with(
            state.lang.get(),
            "data-storage-error",
            &[("detail", detail)],
        )
    };
    view! {
        <Show when=move || error.with(Option::is_some)>
            <p class="notice" role="alert" data-testid=testid>{text}</p>
        </Show>
    }
}
