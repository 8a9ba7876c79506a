//! A status always shows colour, icon and word together, so it reads in greyscale, for colour-blind
//! readers and on a washed-out projector. "Not assessed" is a state of its own. The words are the
//! model's (`StatusCategory`); the class and the icon are how the page draws them.

use crate::state::use_app;
use leptos::prelude::*;
use upr_core::model::{Status, StatusCategory};

/// The CSS class and the icon of a status.
fn class_and_icon(category: StatusCategory) -> (&'static str, &'static str) {
    match category {
        StatusCategory::Rated(Status::Fully) => ("status status-fully", "✔"),
        StatusCategory::Rated(Status::Partially) => ("status status-partially", "◐"),
        StatusCategory::Rated(Status::Not) => ("status status-not", "✖"),
        StatusCategory::NotAssessed => ("status status-none", "○"),
    }
}

/// A status with a word already translated: for the table's many cells, which are drawn anew when
/// the language changes, so they need no reactive text of their own.
pub fn status_with_word(category: StatusCategory, word: String) -> impl IntoView {
    let (class, icon) = class_and_icon(category);
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
pub fn StatusLabel(category: StatusCategory, #[prop(optional)] compact: bool) -> impl IntoView {
    let state = use_app();
    let key = if compact {
        category.short_key()
    } else {
        category.message_key()
    };
    let (class, icon) = class_and_icon(category);
    view! {
        <span class=class>
            <span class="status-icon" aria-hidden="true">{icon}</span>
            " "
            {state.t(key)}
        </span>
    }
}
