//! The consultations, earliest first and grouped by year, each with its real date precision
//! ("February 2018", never an invented day), kind, place, the regions it covered (each a link to the
//! map), organisers, participants by group where known, themes and sources. Regions the sources only
//! count are said to be unnamed, never guessed. With a region in the URL, the timeline shows that
//! region's consultations and the rounds in unnamed aimags that may include it.

use crate::state::{use_app, AppState};
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::map::{
    choose_region, clear_regions, consultation_themes, selected_regions, timeline,
};
use upr_core::model::{Consultation, Dataset};
use upr_core::query::{Query, View};
use upr_core::{format, t, t_count, t_with, Arg, Lang, Loaded};

fn participants_text(lang: Lang, c: &Consultation) -> String {
    let Some(p) = &c.participants else {
        return t(lang, "participants-unknown");
    };
    let mut parts = Vec::new();
    if let Some(total) = p.total {
        let approx = if p.approximate { "yes" } else { "no" };
        parts.push(t_with(
            lang,
            "participants-total",
            &[
                ("count", Arg::Num(total as f64)),
                ("approx", Arg::Str(approx.into())),
            ],
        ));
    }
    for g in &p.groups {
        match g.count {
            Some(n) => parts.push(format!("{n} {}", g.label.get(lang))),
            None => parts.push(g.label.get(lang).to_string()),
        }
    }
    if let Some(d) = &p.description {
        parts.push(d.get(lang).to_string());
    }
    if parts.is_empty() {
        t(lang, "participants-unknown")
    } else {
        parts.join("; ")
    }
}

/// The regions covered: "19 of 21 aimags, not named in the sources", or each named region as a link
/// that selects it on the map.
fn regions_view(state: AppState, lang: Lang, ds: &Dataset, c: &Consultation) -> Option<AnyView> {
    if let Some(u) = c.regions_unnamed {
        let text = t_with(
            lang,
            "regions-unnamed",
            &[
                ("count", Arg::Num(u.count as f64)),
                ("of", Arg::Num(u.of as f64)),
            ],
        );
        return Some(view! { <span data-testid="regions-unnamed">{text}</span> }.into_any());
    }
    if c.regions.is_empty() {
        return None;
    }
    let links = c
        .regions
        .iter()
        .enumerate()
        .map(|(i, &r)| {
            let region = &ds.regions[r];
            let code = region.code.clone();
            let href = move || {
                let q = state.shown.with(|q| Query { regions: Default::default(), ..q.with_view(View::Map) });
                state.href(&choose_region(&q, &code))
            };
            view! {
                {(i > 0).then_some(", ")}
                <a href=href data-testid="consultation-region" data-region=region.code.clone()>{region.name.get(lang).to_string()}</a>
            }
        })
        .collect_view();
    Some(links.into_any())
}

/// The cited documents: title (a link when the document has an address) and publisher.
fn sources_view(ds: &Dataset, c: &Consultation) -> impl IntoView {
    c.sources
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let doc = &ds.documents[d];
            let title = match &doc.url {
                Some(url) => view! { <a href=url.clone() rel="external noopener noreferrer">{doc.title.clone()}</a> }.into_any(),
                None => view! { <span>{doc.title.clone()}</span> }.into_any(),
            };
            view! { {(i > 0).then_some("; ")}{title}" ("{doc.publisher.clone()}")" }
        })
        .collect_view()
}

fn item(state: AppState, lang: Lang, ds: &Dataset, index: usize) -> impl IntoView {
    let c = &ds.consultations[index];
    let place = upr_core::format::place(
        c.host_town.get(lang),
        c.host_region.map(|r| ds.regions[r].name.get(lang)),
    );
    let organisers = c
        .organisers
        .iter()
        .map(|o| o.get(lang).to_string())
        .collect::<Vec<_>>()
        .join("; ");
    let organisers = if organisers.is_empty() {
        t(lang, "organisers-unknown")
    } else {
        organisers
    };
    let themes = consultation_themes(ds, lang, index).join(", ");
    let regions = regions_view(state, lang, ds, c)
        .map(|r| view! { <dt>{t(lang, "regions-covered")}</dt><dd>{r}</dd> });
    let themes =
        (!themes.is_empty()).then(|| view! { <dt>{t(lang, "themes")}</dt><dd>{themes}</dd> });
    let note = c
        .note
        .as_ref()
        .map(|n| view! { <p class="note">{n.get(lang).to_string()}</p> });
    view! {
        <li class="card consultation" data-testid="consultation" data-id=c.id.clone()>
            <p class="when">
                <time datetime=c.when.start().to_string()>{format::when(lang, c.when)}</time>
                " · "<span class="kind">{t(lang, &format!("consultation-{}", c.kind.word()))}</span>
            </p>
            <h4>{c.title.get(lang).to_string()}</h4>
            <dl class="facts">
                <dt>{t(lang, "consultation-where")}</dt><dd>{place}</dd>
                {regions}
                <dt>{t(lang, "organisers")}</dt><dd>{organisers}</dd>
                <dt>{t(lang, "participants")}</dt><dd data-testid="consultation-participants">{participants_text(lang, c)}</dd>
                {themes}
                <dt>{t(lang, "source")}</dt><dd>{sources_view(ds, c)}</dd>
            </dl>
            {note}
        </li>
    }
}

#[component]
pub fn ConsultationsView(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let l = loaded.clone();
    let selected = Memo::new(move |_| state.shown.with(|q| selected_regions(&l.dataset, q)));
    let l = loaded.clone();
    let body = move || {
        let ds = &l.dataset;
        let regions = selected.get();
        let order = timeline(ds, &regions);
        let filtered = (!regions.is_empty()).then(|| {
            let names = regions
                .iter()
                .map(|&r| ds.regions[r].name.get(lang).to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let all = state.href(&state.shown.with(clear_regions));
            view! {
                <p class="notice" data-testid="timeline-filtered">
                    {t_with(lang, "timeline-filtered", &[("regions", Arg::Str(names))])}" "
                    <a href=all data-testid="timeline-show-all">{t(lang, "timeline-show-all")}</a>
                </p>
            }
        });
        // One list per year, in date order.
        let mut years: Vec<(u16, Vec<usize>)> = Vec::new();
        for c in order.iter().copied() {
            let year = ds.consultations[c].when.start().year;
            match years.last_mut() {
                Some((y, list)) if *y == year => list.push(c),
                _ => years.push((year, vec![c])),
            }
        }
        let groups = years
            .into_iter()
            .map(|(year, list)| {
                let heading = t_with(lang, "timeline-year", &[("year", Arg::Num(year as f64))]);
                let items = list
                    .into_iter()
                    .map(|c| item(state, lang, ds, c))
                    .collect_view();
                view! {
                    <li class="timeline-year">
                        <h3>{heading}</h3>
                        <ol class="timeline">{items}</ol>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="lead" data-testid="consultations-count">{t_count(lang, "consultations-count", order.len())}</p>
            {filtered}
            <ol class="timeline-years plain">{groups}</ol>
        }
    };
    view! {
        <section aria-labelledby="consultations-title">
            <h2 id="consultations-title">{state.t("consultations-title")}</h2>
            {body}
        </section>
    }
}
