//! Navigation among the views; each link is a real address, so it opens in a new tab too.

use crate::state::use_app;
use leptos::prelude::*;
use upr_core::query::View;

#[component]
pub fn Nav() -> impl IntoView {
    let state = use_app();
    let item = move |view: View| {
        let href = move || state.href(&state.shown.get().with_view(view));
        let current = move || (state.shown.with(|q| q.view.in_nav()) == view).then_some("page");
        let label = view.message_key();
        view! {
            <li>
                <a href=href aria-current=current data-testid=label>{state.t(label)}</a>
            </li>
        }
    };
    view! {
        <nav class="views" aria-label=state.t("nav-label")>
            <ul>{View::NAV.into_iter().map(item).collect_view()}</ul>
        </nav>
    }
}
