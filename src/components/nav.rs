//! Navigation among the views; each link is a real address, so it opens in a new tab too.

use crate::state::use_app;
use leptos::prelude::*;
use upr_core::query::View;

fn label(view: View) -> &'static str {
    match view {
        View::Overview => "nav-overview",
        View::Recommendations => "nav-recommendations",
        View::Map => "nav-map",
        View::Consultations => "nav-consultations",
        View::Data => "nav-data",
    }
}

#[component]
pub fn Nav() -> impl IntoView {
    let state = use_app();
    let item = move |view: View| {
        let href = move || state.href(&state.query.get().with_view(view));
        let current = move || (state.query.with(|q| q.view) == view).then_some("page");
        view! {
            <li>
                <a href=href aria-current=current data-testid=label(view)>{state.t(label(view))}</a>
            </li>
        }
    };
    view! {
        <nav class="views" aria-label=state.t("nav-label")>
            <ul>{View::ALL.into_iter().map(item).collect_view()}</ul>
        </nav>
    }
}
