//! The header: the dataset's title, its "as of" date, its sources, and the language switch.

use crate::components::deck_panel::DeckPanel;
use crate::components::language_switch::LanguageSwitch;
use crate::state::use_app;
use leptos::prelude::*;
use upr_core::format;

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app();
    let loaded = move || state.data.get().and_then(|r| r.ok());
    let title = move || match loaded() {
        Some(l) => l.dataset.title.get(state.lang.get()).to_string(),
        None => upr_core::t(state.lang.get(), "app-name"),
    };
    let as_of = move || {
        loaded().map(|l| {
            let lang = state.lang.get();
            upr_core::t_with(
                lang,
                "as-of",
                &[(
                    "date",
                    upr_core::Arg::Str(format::date(lang, l.dataset.as_of)),
                )],
            )
        })
    };
    let sources = move || {
        loaded().map(|l| {
            l.dataset
                .documents
                .iter()
                .map(|d| {
                    let label = format!("{} — {}", d.id, d.title);
                    let publisher =
                        (!d.publisher.is_empty()).then(|| format!(" ({})", d.publisher));
                    view! { <li><cite>{label}</cite>{publisher}</li> }
                })
                .collect_view()
        })
    };
    view! {
        <header class="site-header">
            <div class="title-block">
                <p class="app-name">{state.t("app-name")}</p>
                <h1 data-testid="app-title">{title}</h1>
                <p class="as-of" data-testid="as-of">{as_of}</p>
            </div>
            <LanguageSwitch/>
            <DeckPanel/>
            <details class="sources" data-testid="sources">
                <summary>{state.t("sources")}</summary>
                <p>{state.t("sources-intro")}</p>
                <ul>{sources}</ul>
            </details>
        </header>
    }
}
