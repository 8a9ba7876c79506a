//! The consultations, earliest first, each with its real date precision, kind, place, organisers,
//! participants where known, themes and sources. Unnamed regions are said to be unnamed.

use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::model::{Consultation, Dataset};
use upr_core::summary::consultations_by_date;
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

fn regions_text(lang: Lang, ds: &Dataset, c: &Consultation) -> Option<String> {
    if let Some(u) = c.regions_unnamed {
        return Some(t_with(
            lang,
            "regions-unnamed",
            &[
                ("count", Arg::Num(u.count as f64)),
                ("of", Arg::Num(u.of as f64)),
            ],
        ));
    }
    (!c.regions.is_empty()).then(|| {
        c.regions
            .iter()
            .map(|&r| ds.regions[r].name.get(lang).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    })
}

#[component]
pub fn ConsultationsView(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let ds = &loaded.dataset;
    let items = consultations_by_date(ds)
        .into_iter()
        .map(|i| {
            let c = &ds.consultations[i];
            let place = match c.host_region {
                Some(r) => format!("{}, {}", c.host_town.get(lang), ds.regions[r].name.get(lang)),
                None => c.host_town.get(lang).to_string(),
            };
            let organisers = c.organisers.iter().map(|o| o.get(lang).to_string()).collect::<Vec<_>>().join("; ");
            let themes = c.themes.iter().map(|&th| ds.themes[th].name.get(lang).to_string()).collect::<Vec<_>>().join(", ");
            let sources = c.sources.iter().map(|&d| ds.documents[d].title.clone()).collect::<Vec<_>>().join("; ");
            let regions = regions_text(lang, ds, c).map(|r| view! { <dt>{t(lang, "regions-covered")}</dt><dd>{r}</dd> });
            let themes = (!themes.is_empty()).then(|| view! { <dt>{t(lang, "themes")}</dt><dd>{themes}</dd> });
            let note = c.note.as_ref().map(|n| view! { <p class="note">{n.get(lang).to_string()}</p> });
            view! {
                <li class="card consultation" data-testid="consultation">
                    <p class="when"><time datetime=c.when.start().to_string()>{format::when(lang, c.when)}</time>
                        " · "<span class="kind">{t(lang, &format!("consultation-{}", c.kind.word()))}</span></p>
                    <h3>{c.title.get(lang).to_string()}</h3>
                    <dl class="facts">
                        <dt>{t(lang, "consultation-where")}</dt><dd>{place}</dd>
                        {regions}
                        <dt>{t(lang, "organisers")}</dt><dd>{organisers}</dd>
                        <dt>{t(lang, "participants")}</dt><dd>{participants_text(lang, c)}</dd>
                        {themes}
                        <dt>{t(lang, "source")}</dt><dd>{sources}</dd>
                    </dl>
                    {note}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="consultations-title">
            <h2 id="consultations-title">{state.t("consultations-title")}</h2>
            <p class="lead" data-testid="consultations-count">{t_count(lang, "consultations-count", ds.consultations.len())}</p>
            <ol class="timeline">{items}</ol>
        </section>
    }
}
