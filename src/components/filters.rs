//! The filters, each value with the number of rows it would give. Checkboxes in fieldsets, so the
//! keyboard and screen readers use them as they use any form. Every list of values is the same
//! loop over `Facet::LISTS`: the core crate gives each filter's values, counts and choices.

use crate::components::facet_group::FacetGroup;
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::facets::{Facet, Facets};
use upr_core::query::Query;
use upr_core::Loaded;

/// How many values of a long list show before "more" (`None`: all).
fn folded_after(facet: Facet) -> Option<(usize, &'static str)> {
    match facet {
        Facet::State => Some((8, "more-states")),
        Facet::Region => Some((0, "more-regions")),
        Facet::Persons | Facet::OhchrTheme => Some((8, "more-values")),
        _ => None,
    }
}

/// `folded`: the filters start folded on every screen (the overview, where the charts come first);
/// otherwise only on small screens.
#[component]
pub fn FilterPanel(
    loaded: Arc<Loaded>,
    query: Memo<Query>,
    facets: Memo<Facets>,
    #[prop(optional)] folded: bool,
) -> impl IntoView {
    let state = use_app();
    // The values of each facet, made once; then, per input, only their counts and checks.
    let lang = state.lang.get_untracked();
    let first = facets.get_untracked();
    let group = |facet: Facet| {
        let values = first.values(&loaded.dataset, facet, lang);
        // A filter the data has no values of (no SDGs in the bundled data, say) is not shown.
        if values.is_empty() {
            return None;
        }
        let words: Vec<String> = values.iter().map(|v| v.word.clone()).collect();
        let counts = Memo::new(move |_| {
            query.with(|q| {
                let chosen = q.chosen(facet);
                facets.with(|f| {
                    f.counts(facet)
                        .into_iter()
                        .zip(&words)
                        .map(|(n, w)| (n, chosen.contains(w)))
                        .collect()
                })
            })
        });
        let on_toggle = Callback::new(move |word: String| {
            state.update_query(false, |q| q.toggle(facet, &word))
        });
        Some(view! {
            <FacetGroup facet=facet values=values counts=counts on_toggle=on_toggle folded_after=folded_after(facet)/>
        })
    };
    let (before, after): (Vec<Facet>, Vec<Facet>) = Facet::LISTS.into_iter().partition(|f| {
        matches!(
            f,
            Facet::Mechanism
                | Facet::Cycle
                | Facet::Session
                | Facet::Response
                | Facet::Status
                | Facet::Assessor
        )
    });
    let before = before.into_iter().map(group).collect_view();
    let after = after.into_iter().map(group).collect_view();
    view! {
        <details class="filters" open=!folded && !crate::media::is_small_screen() data-testid="filters">
            <summary>{state.t("filters")}</summary>
            {before}
            // Under the assessors, which they are about: whose ratings count, and where they disagree.
            <p class="small">{state.t("filter-assessor-hint")}</p>
            <label class="facet-single">
                <input type="checkbox" data-testid="facet-disagree" prop:checked=move || query.with(|q| q.disagree)
                    on:change=move |_| state.update_query(false, |q| q.toggle(Facet::Disagree, ""))/>
                " "{state.t("filter-disagree")}" "<span class="count">"("{move || facets.with(|f| f.disagree)}")"</span>
            </label>
            {after}
        </details>
    }
}
