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

/// The Fluent id of a status's short word ("Partially"), for table cells.
pub fn short_key(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Fully) => "status-short-fully",
        Some(Status::Partially) => "status-short-partially",
        Some(Status::Not) => "status-short-not",
        None => "status-short-not-assessed",
    }
}

/// A status with a word already translated: for the table's many cells, which are drawn anew when
/// the language changes, so they need no reactive text of their own.
pub fn status_with_word(status: Option<Status>, word: String) -> impl IntoView {
    let (class, icon, _) = class_icon_key(status);
    view! {
        <span class=class>
            <span class="status-icon" aria-hidden="true">{icon}</span>
            " "
            {word}
        </span>
    }
}

/// `compact`: the short word ("Partially"), for table cells; the full words are in the column
/// header and the legend.
#[component]
pub fn StatusLabel(status: Option<Status>, #[prop(optional)] compact: bool) -> impl IntoView {
    let state = use_app();
    let (class, icon, key) = class_icon_key(status);
    let key: &'static str = if compact { short_key(status) } else { key };
    view! {
        <span class=class>
            <span class="status-icon" aria-hidden="true">{icon}</span>
            " "
            {state.t(key)}
        </span>
    }
}
