//! One group of filter values, each a checkbox with the number of rows it would select.

use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::facets::{Facet, FacetValue};
use upr_core::{t_with, Arg};

/// Per value, in the order of the values: the rows choosing it would give, and whether it is
/// chosen. The values, their order and their words stay the same while the view is shown (a new
/// language or dataset draws the view anew); only their counts and checks follow the query.
pub type Counts = Memo<Vec<(usize, bool)>>;

/// One group of checkboxes; `on_toggle` gets the value.
#[component]
pub fn FacetGroup(
    facet: Facet,
    values: Vec<FacetValue>,
    counts: Counts,
    on_toggle: Callback<String>,
    folded_after: Option<(usize, &'static str)>,
) -> impl IntoView {
    let state = use_app();
    let key = facet.key();
    let total = values.len();
    let values = Arc::new(values);
    // A list item is made once per value; its count and check are read by position, so an input
    // changes a few text nodes instead of re-creating checkboxes.
    let render = move |index: usize| {
        let FacetValue { word, label } = values[index].clone();
        let now = Memo::new(move |_| counts.with(|c| c.get(index).copied().unwrap_or_default()));
        let count = move || now.get().0;
        let checked = move || now.get().1;
        let testid = format!("facet-{key}-{word}");
        view! {
            <li>
                <label class:empty=move || count() == 0 && !checked()>
                    <input type="checkbox" data-testid=testid prop:checked=checked
                        on:change=move |_| on_toggle.run(word.clone())/>
                    " "{label}" "<span class="count">"("{count}")"</span>
                </label>
            </li>
        }
    };
    // The positions shown in a list: all, or the head (the first `n` and any chosen one), or the
    // rest.
    let shown = move |head: Option<(usize, bool)>| {
        move || {
            counts.with(|c| {
                c.iter()
                    .enumerate()
                    .filter(|(i, (_, checked))| {
                        head.is_none_or(|(n, head)| (*i < n || *checked) == head)
                    })
                    .map(|(i, _)| i)
                    .collect::<Vec<_>>()
            })
        }
    };
    let list = match folded_after {
        None => view! { <ul class="plain"><For each=shown(None) key=|i| *i children=render.clone()/></ul> }.into_any(),
        Some((n, more_id)) => {
            let more = move || t_with(state.lang.get(), more_id, &[("count", Arg::Num(total as f64))]);
            // The folded values exist only while their list is open: with many States they
            // would otherwise be updated on every keystroke without being seen.
            let open = RwSignal::new(false);
            let on_toggle_list = move |ev: leptos::ev::Event| {
                let details: web_sys::HtmlDetailsElement = event_target(&ev);
                open.set(details.open());
            };
            let render_folded = render.clone();
            let folded = move || {
                let render = render_folded.clone();
                open.get().then(|| {
                    view! { <ul class="plain"><For each=shown(Some((n, false))) key=|i| *i children=render/></ul> }
                })
            };
            view! {
                <ul class="plain"><For each=shown(Some((n, true))) key=|i| *i children=render/></ul>
                <details on:toggle=on_toggle_list><summary>{more}</summary>{folded}</details>
            }
            .into_any()
        }
    };
    view! {
        <fieldset class="facet" data-testid=format!("facet-{key}")>
            <legend>{state.t(facet.title_key())}</legend>
            {list}
        </fieldset>
    }
}
