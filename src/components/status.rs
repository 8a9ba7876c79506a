//! A status always shows colour, icon and word together, so it reads in greyscale, for colour-blind
//! readers and on a washed-out projector. "Not assessed" is a state of its own.

use crate::state::use_app;
use leptos::prelude::*;
use upr_core::model::Status;

pub fn class_icon_key(status: Option<Status>) -> (&'static str, &'static str, &'static str) {
    match status {
        Some(Status::Fully) => ("status status-fully", "✔", "status-fully"),
        Some(Status::Partially) => ("status status-partially", "◐", "status-partially"),
        Some(Status::Not) => ("status status-not", "✖", "status-not"),
        None => ("status status-none", "○", "status-not-assessed"),
    }
}

#[component]
pub fn StatusLabel(status: Option<Status>) -> impl IntoView {
    let state = use_app();
    let (class, icon, key) = class_icon_key(status);
    view! {
        <span class=class>
            <span class="status-icon" aria-hidden="true">{icon}</span>
            " "
            {state.t(key)}
        </span>
    }
}
