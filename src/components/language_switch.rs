//! The two languages as links to the same view in the other language.

use crate::state::use_app;
use leptos::prelude::*;
use upr_core::Lang;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = use_app();
    let link = move |lang: Lang| {
        let href = move || state.href(&state.shown.get().with_lang(lang));
        let current = move || (state.lang.get() == lang).then_some("true");
        view! {
            // On a phone the code stands for the name (the header keeps to one line there); the
            // name stays the link's accessible name.
            <a href=href lang=lang.code() hreflang=lang.code() aria-current=current aria-label=lang.endonym() data-testid=format!("lang-{}", lang.code())>
                <span class="lang-long">{lang.endonym()}</span>
                <span class="lang-short" aria-hidden="true">{lang.code().to_uppercase()}</span>
            </a>
        }
    };
    view! {
        <nav class="lang-switch" aria-label=state.t("language")>
            {Lang::ALL.into_iter().map(link).collect_view()}
        </nav>
    }
}
