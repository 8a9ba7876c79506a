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

/// `compact`: the short word ("Partially"), for table cells; the full words are in the column
/// header and the legend.
#[component]
pub fn StatusLabel(status: Option<Status>, #[prop(optional)] compact: bool) -> impl IntoView {
    let state = use_app();
    let (class, icon, key) = class_icon_key(status);
    let key: &'static str = if compact {
        match key {
            "status-fully" => "status-short-fully",
            "status-partially" => "status-short-partially",
            "status-not" => "status-short-not",
            _ => "status-short-not-assessed",
        }
    } else {
        key
    };
    view! {
        <span class=class>
            <span class="status-icon" aria-hidden="true">{icon}</span>
            " "
            {state.t(key)}
        </span>
    }
}
