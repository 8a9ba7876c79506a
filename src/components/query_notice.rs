//! A hand-edited or outdated link: the values that could not be used are named, the rest applies.

use crate::state::use_app;
use leptos::prelude::*;
use upr_core::explore::check_query;

#[component]
pub fn QueryNotice() -> impl IntoView {
    let state = use_app();
    let text = move || {
        let mut issues = state.query_issues.get();
        if let Some(Ok(loaded)) = state.data.get() {
            issues.extend(state.query.with(|q| check_query(&loaded.dataset, q).1));
        }
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
