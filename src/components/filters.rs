//! The filters, each value with the number of rows it would give. Checkboxes in fieldsets, so the
//! keyboard and screen readers use them as they use any form.

use crate::state::use_app;
use leptos::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use upr_core::explore::Facets;
use upr_core::export::status_key;
use upr_core::model::{AssessorKind, Response};
use upr_core::query::{Query, StatusFilter};
use upr_core::{t, t_with, Arg, Lang, Loaded};

#[derive(Clone, PartialEq, Eq, Hash)]
struct Item {
    value: String,
    label: String,
    count: usize,
    checked: bool,
}

fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

/// One group of checkboxes. `items` is reactive; `on_toggle` gets the value.
#[component]
fn FacetGroup(
    key: &'static str,
    title: &'static str,
    items: Memo<Vec<Item>>,
    on_toggle: Callback<String>,
    #[prop(optional)] folded_after: Option<(usize, &'static str)>,
) -> impl IntoView {
    let state = use_app();
    // Each value's current label, count and check, looked up by the rows below: a list item is
    // created once per value and only its words change, so typing in the search updates a few
    // text nodes instead of re-creating every checkbox.
    let by_value = Memo::new(move |_| {
        items.with(|all| {
            all.iter()
                .map(|it| (it.value.clone(), it.clone()))
                .collect::<HashMap<_, _>>()
        })
    });
    let render = move |value: String| {
        let v = value.clone();
        let item = Memo::new(move |_| by_value.with(|m| m.get(&v).cloned()));
        let field = move |f: fn(&Item) -> String| {
            move || item.with(|it| it.as_ref().map(f).unwrap_or_default())
        };
        let count = move || item.with(|it| it.as_ref().map_or(0, |it| it.count));
        let checked = move || item.with(|it| it.as_ref().is_some_and(|it| it.checked));
        let testid = format!("facet-{key}-{value}");
        view! {
            <li>
                <label class:empty=move || count() == 0 && !checked()>
                    <input type="checkbox" data-testid=testid prop:checked=checked
                        on:change=move |_| on_toggle.run(value.clone())/>
                    " "{field(|it| it.label.clone())}" "<span class="count">"("{count}")"</span>
                </label>
            </li>
        }
    };
    let values = move |head: Option<(usize, bool)>| {
        move || {
            items.with(|all| {
                all.iter()
                    .enumerate()
                    .filter(|(i, it)| head.is_none_or(|(n, head)| (*i < n || it.checked) == head))
                    .map(|(_, it)| it.value.clone())
                    .collect::<Vec<_>>()
            })
        }
    };
    let list = match folded_after {
        None => view! { <ul class="plain"><For each=values(None) key=|v| v.clone() children=render/></ul> }.into_any(),
        Some((n, more_id)) => {
            let more = move || t_with(state.lang.get(), more_id, &[("count", Arg::Num(items.with(Vec::len) as f64))]);
            // The folded values exist only while their list is open: with many States they
            // would otherwise be updated on every keystroke without being seen.
            let open = RwSignal::new(false);
            let on_toggle_list = move |ev: leptos::ev::Event| {
                let details: web_sys::HtmlDetailsElement = event_target(&ev);
                open.set(details.open());
            };
            let folded = move || {
                open.get().then(|| {
                    view! { <ul class="plain"><For each=values(Some((n, false))) key=|v| v.clone() children=render/></ul> }
                })
            };
            view! {
                <ul class="plain"><For each=values(Some((n, true))) key=|v| v.clone() children=render/></ul>
                <details on:toggle=on_toggle_list><summary>{more}</summary>{folded}</details>
            }
            .into_any()
        }
    };
    view! {
        <fieldset class="facet" data-testid=format!("facet-{key}")>
            <legend>{state.t(title)}</legend>
            {list}
        </fieldset>
    }
}

/// Whether the window is phone- or tablet-sized (the stylesheet's `max-width: 48rem`), read once
/// when the filters render: there they start folded, so the rows come first.
fn is_small_screen() -> bool {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return false;
    };
    let matches = || -> Option<bool> {
        let match_media = js_sys::Reflect::get(&window, &"matchMedia".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        let list = match_media
            .call1(&window, &"(max-width: 48rem)".into())
            .ok()?;
        js_sys::Reflect::get(&list, &"matches".into())
            .ok()?
            .as_bool()
    };
    matches().unwrap_or(false)
}

fn response_word(r: Response) -> &'static str {
    match r {
        Response::Supported => "supported",
        Response::Noted => "noted",
    }
}

#[component]
pub fn FilterPanel(loaded: Arc<Loaded>, query: Memo<Query>, facets: Memo<Facets>) -> impl IntoView {
    let state = use_app();
    let lang = move || state.lang.get();
    let update = move |f: Box<dyn FnOnce(&mut Query)>| state.update_query(false, f);

    let cycles = Memo::new(move |_| {
        let (lang, q) = (lang(), query.get());
        facets.with(|f| {
            f.cycles
                .iter()
                .map(|(n, c)| Item {
                    value: n.to_string(),
                    label: t_with(lang, "cycle-n", &[("number", Arg::Num(*n as f64))]),
                    count: *c,
                    checked: q.cycles.contains(n),
                })
                .collect()
        })
    });
    let responses = Memo::new(move |_| {
        let (lang, q) = (lang(), query.get());
        facets.with(|f| {
            f.responses
                .iter()
                .map(|(r, c)| Item {
                    value: response_word(*r).into(),
                    label: t(lang, &format!("response-{}", response_word(*r))),
                    count: *c,
                    checked: q.responses.contains(r),
                })
                .collect()
        })
    });
    let statuses = Memo::new(move |_| {
        let (lang, q) = (lang(), query.get());
        facets.with(|f| {
            f.statuses
                .iter()
                .map(|(s, c)| Item {
                    value: s.word().into(),
                    label: t(
                        lang,
                        status_key(match s {
                            StatusFilter::Rated(r) => Some(*r),
                            StatusFilter::NotAssessed => None,
                        }),
                    ),
                    count: *c,
                    checked: q.statuses.contains(s),
                })
                .collect()
        })
    });
    let assessors = Memo::new(move |_| {
        let (lang, q) = (lang(), query.get());
        facets.with(|f| {
            f.assessors
                .iter()
                .map(|(k, c)| Item {
                    value: k.word().into(),
                    label: t(lang, &format!("assessor-{}", k.word())),
                    count: *c,
                    checked: q.assessors.contains(k),
                })
                .collect()
        })
    });
    let l = loaded.clone();
    let themes = Memo::new(move |_| {
        let (lang, q): (Lang, Query) = (lang(), query.get());
        facets.with(|f| {
            f.themes
                .iter()
                .map(|(i, c)| {
                    let theme = &l.dataset.themes[*i];
                    Item {
                        value: theme.id.clone(),
                        label: theme.name.get(lang).to_string(),
                        count: *c,
                        checked: q.themes.contains(&theme.id),
                    }
                })
                .collect()
        })
    });
    let states = Memo::new(move |_| {
        let q = query.get();
        facets.with(|f| {
            f.states
                .iter()
                .map(|(s, c)| Item {
                    value: s.clone(),
                    label: s.clone(),
                    count: *c,
                    checked: q.states.contains(s),
                })
                .collect()
        })
    });
    let l = loaded.clone();
    let regions = Memo::new(move |_| {
        let (lang, q) = (lang(), query.get());
        facets.with(|f| {
            f.regions
                .iter()
                .map(|(i, c)| {
                    let r = &l.dataset.regions[*i];
                    Item {
                        value: r.code.clone(),
                        label: r.name.get(lang).to_string(),
                        count: *c,
                        checked: q.regions.contains(&r.code),
                    }
                })
                .collect()
        })
    });

    let on_cycle = Callback::new(move |v: String| {
        if let Ok(n) = v.parse::<u32>() {
            update(Box::new(move |q| toggle(&mut q.cycles, n)))
        }
    });
    let on_response = Callback::new(move |v: String| {
        let r = if v == "noted" {
            Response::Noted
        } else {
            Response::Supported
        };
        update(Box::new(move |q| toggle(&mut q.responses, r)))
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
        <details class="filters" open=!is_small_screen() data-testid="filters">
            <summary>{state.t("filters")}</summary>
            <FacetGroup key="cycle" title="filter-cycle" items=cycles on_toggle=on_cycle/>
            <FacetGroup key="response" title="filter-response" items=responses on_toggle=on_response/>
            <FacetGroup key="status" title="filter-status" items=statuses on_toggle=on_status/>
            <FacetGroup key="assessor" title="filter-assessor" items=assessors on_toggle=on_assessor/>
            <p class="small">{state.t("filter-assessor-hint")}</p>
            <label class="facet-single">
                <input type="checkbox" data-testid="facet-disagree" prop:checked=move || query.with(|q| q.disagree)
                    on:change=move |_| update(Box::new(|q| q.disagree = !q.disagree))/>
                " "{state.t("filter-disagree")}" "<span class="count">"("{move || facets.with(|f| f.disagree)}")"</span>
            </label>
            <FacetGroup key="theme" title="filter-theme" items=themes on_toggle=on_theme/>
            <FacetGroup key="state" title="filter-state" items=states on_toggle=on_state folded_after=(8, "more-states")/>
            <FacetGroup key="region" title="filter-region" items=regions on_toggle=on_region folded_after=(0, "more-regions")/>
        </details>
    }
}
