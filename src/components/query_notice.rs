//! A hand-edited or outdated link: the values that could not be used are named, the rest applies.

use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn QueryNotice() -> impl IntoView {
    let state = use_app();
    let text = move || {
        let issues = state.query_issues.get();
        (!issues.is_empty()).then(|| {
            let list = issues
                .iter()
                .map(|i| format!("{}={}", i.key, i.value))
                .collect::<Vec<_>>()
                .join(", ");
            upr_core::t_with(
                state.lang.get(),
                "query-ignored",
                &[("values", upr_core::Arg::Str(list))],
            )
        })
    };
    view! {
        <Show when=move || text().is_some()>
            <p class="notice small" role="status" data-testid="query-notice">{text}</p>
        </Show>
    }
}
