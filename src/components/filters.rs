//! The filters, each value with the number of rows it would give. Checkboxes in fieldsets, so the
//! keyboard and screen readers use them as they use any form.

use crate::components::facet_group::{Counts, FacetGroup, Value};
use crate::state::use_app;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;
use upr_core::explore::Facets;
use upr_core::export::status_key;
use upr_core::model::{AssessorKind, Response};
use upr_core::query::{Query, StatusFilter};
use upr_core::{t, t_with, Arg, Loaded};

fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
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
    let update = move |f: Box<dyn FnOnce(&mut Query)>| state.update_query(false, f);

    // The values of each facet, made once; then, per input, only their counts and checks.
    let lang = state.lang.get_untracked();
    let f0 = facets.get_untracked();
    let (ds, prep_states) = (&loaded.dataset, &f0.states);
    let value = |value: String, label: String| Value { value, label };
    let cycles: Vec<Value> = f0
        .cycles
        .iter()
        .map(|(n, _)| {
            let label = t_with(lang, "cycle-n", &[("number", Arg::Num(*n as f64))]);
            value(n.to_string(), label)
        })
        .collect();
    let responses: Vec<Value> = f0
        .responses
        .iter()
        .map(|(r, _)| value(r.word().into(), t(lang, r.message_key())))
        .collect();
    let statuses: Vec<Value> = f0
        .statuses
        .iter()
        .map(|(s, _)| {
            let status = match s {
                StatusFilter::Rated(r) => Some(*r),
                StatusFilter::NotAssessed => None,
            };
            value(s.word().into(), t(lang, status_key(status)))
        })
        .collect();
    let assessors: Vec<Value> = f0
        .assessors
        .iter()
        .map(|(k, _)| value(k.word().into(), t(lang, &format!("assessor-{}", k.word()))))
        .collect();
    let themes: Vec<Value> = f0
        .themes
        .iter()
        .map(|(i, _)| {
            let theme = &ds.themes[*i];
            value(theme.id.clone(), theme.name.get(lang).to_string())
        })
        .collect();
    let states: Vec<Value> = prep_states
        .iter()
        .map(|(s, _)| value(s.clone(), s.clone()))
        .collect();
    let regions: Vec<Value> = f0
        .regions
        .iter()
        .map(|(i, _)| {
            let r = &ds.regions[*i];
            value(r.code.clone(), r.name.get(lang).to_string())
        })
        .collect();
    let l = loaded.clone();
    let counts = move |pick: fn(&Facets, &Query, &Loaded) -> Vec<(usize, bool)>| -> Counts {
        let l = l.clone();
        Memo::new(move |_| query.with(|q| facets.with(|f| pick(f, q, &l))))
    };
    let cycle_counts = counts(|f, q, _| {
        f.cycles
            .iter()
            .map(|(n, c)| (*c, q.cycles.contains(n)))
            .collect()
    });
    let response_counts = counts(|f, q, _| {
        f.responses
            .iter()
            .map(|(r, c)| (*c, q.responses.contains(r)))
            .collect()
    });
    let status_counts = counts(|f, q, _| {
        f.statuses
            .iter()
            .map(|(s, c)| (*c, q.statuses.contains(s)))
            .collect()
    });
    let assessor_counts = counts(|f, q, _| {
        f.assessors
            .iter()
            .map(|(k, c)| (*c, q.assessors.contains(k)))
            .collect()
    });
    let theme_counts = counts(|f, q, l| {
        f.themes
            .iter()
            .map(|(i, c)| (*c, q.themes.contains(&l.dataset.themes[*i].id)))
            .collect()
    });
    let state_counts = counts(|f, q, _| {
        f.states
            .iter()
            .map(|(s, c)| (*c, q.states.contains(s)))
            .collect()
    });
    let region_counts = counts(|f, q, l| {
        f.regions
            .iter()
            .map(|(i, c)| (*c, q.regions.contains(&l.dataset.regions[*i].code)))
            .collect()
    });

    let on_cycle = Callback::new(move |v: String| {
        if let Ok(n) = v.parse::<u32>() {
            update(Box::new(move |q| toggle(&mut q.cycles, n)))
        }
    });
    let on_response = Callback::new(move |v: String| {
        if let Some(r) = Response::parse(&v) {
            update(Box::new(move |q| toggle(&mut q.responses, r)))
        }
    });
    let on_status = Callback::new(move |v: String| {
        if let Some(s) = StatusFilter::parse(&v) {
            update(Box::new(move |q| toggle(&mut q.statuses, s)))
        }
    });
    let on_assessor = Callback::new(move |v: String| {
        if let Some(k) = AssessorKind::parse(&v) {
            update(Box::new(move |q| toggle(&mut q.assessors, k)))
        }
    });
    let on_theme =
        Callback::new(move |v: String| update(Box::new(move |q| toggle(&mut q.themes, v))));
    let on_state =
        Callback::new(move |v: String| update(Box::new(move |q| toggle(&mut q.states, v))));
    let on_region =
        Callback::new(move |v: String| update(Box::new(move |q| toggle(&mut q.regions, v))));

    view! {
        <details class="filters" open=!folded && !crate::media::is_small_screen() data-testid="filters">
            <summary>{state.t("filters")}</summary>
            <FacetGroup key="cycle" title="filter-cycle" values=cycles counts=cycle_counts on_toggle=on_cycle/>
            <FacetGroup key="response" title="filter-response" values=responses counts=response_counts on_toggle=on_response/>
            <FacetGroup key="status" title="filter-status" values=statuses counts=status_counts on_toggle=on_status/>
            <FacetGroup key="assessor" title="filter-assessor" values=assessors counts=assessor_counts on_toggle=on_assessor/>
            <p class="small">{state.t("filter-assessor-hint")}</p>
            <label class="facet-single">
                <input type="checkbox" data-testid="facet-disagree" prop:checked=move || query.with(|q| q.disagree)
                    on:change=move |_| update(Box::new(|q| q.disagree = !q.disagree))/>
                " "{state.t("filter-disagree")}" "<span class="count">"("{move || facets.with(|f| f.disagree)}")"</span>
            </label>
            <FacetGroup key="theme" title="filter-theme" values=themes counts=theme_counts on_toggle=on_theme/>
            <FacetGroup key="state" title="filter-state" values=states counts=state_counts on_toggle=on_state folded_after=(8, "more-states")/>
            <FacetGroup key="region" title="filter-region" values=regions counts=region_counts on_toggle=on_region folded_after=(0, "more-regions")/>
        </details>
    }
}
