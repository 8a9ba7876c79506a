//! The province map (ECharts, through src/echarts.rs): a metric selector, the choropleth with its
//! legend and the ODbL credit, the keyboard-accessible list of regions with the same figures (the
//! map's text alternative) and the panel of the selected region. Selecting a region — on the map
//! or in the list — puts it in the URL; the figures and the option come from the core crate.

use crate::components::map_loader::MapLoader;
use crate::components::metric_selector::MetricSelector;
use crate::components::region_list::RegionList;
use crate::components::region_panel::RegionPanel;
use crate::echarts;
use crate::state::{fetch_map, use_app, AppState};
use leptos::html::Div;
use leptos::prelude::*;
use std::cell::Cell;
use std::sync::Arc;
use upr_core::map::{
    choose_region, has_map, map_option, map_summary, region_index, selected_regions, unnamed_notes,
    MapData, MAP_NAME,
};
use upr_core::query::MapMetric;
use upr_core::{t, Loaded, Problem};
use wasm_bindgen::prelude::*;

thread_local! {
    /// Which map is registered with ECharts: the bundled one (`BUNDLED`), or the data's own (where
    /// its text is, and its length), or none yet.
    static MAP_REGISTERED: Cell<Option<(usize, usize)>> = const { Cell::new(None) };
}

const BUNDLED: (usize, usize) = (0, 0);

/// Which map the data draws: its own, or the bundled map of Mongolia's aimags.
fn map_key(loaded: &Loaded) -> (usize, usize) {
    match &loaded.dataset.map {
        Some(text) => (text.as_ptr() as usize, text.len()),
        None => BUNDLED,
    }
}

/// The GeoJSON to register: none when that map is registered already; the data's own; or the
/// bundled map, fetched.
async fn map_source(loaded: Arc<Loaded>) -> Result<Option<String>, Problem> {
    if MAP_REGISTERED.with(Cell::get) == Some(map_key(&loaded)) {
        return Ok(None);
    }
    match &loaded.dataset.map {
        Some(text) => Ok(Some(text.clone())),
        None => fetch_map().await.map(Some),
    }
}

/// Selects the clicked region (ECharts gives its ISO code as `params.name`), or clears it when it
/// was the selected one.
fn on_region_click(state: AppState, loaded: &Arc<Loaded>) -> impl FnMut(JsValue) + 'static {
    let loaded = loaded.clone();
    move |params: JsValue| {
        let name = js_sys::Reflect::get(&params, &JsValue::from_str("name"))
            .ok()
            .and_then(|v| v.as_string());
        if let Some(code) = name.filter(|c| region_index(&loaded.dataset, c).is_some()) {
            state.set_query(&choose_region(&state.shown.get_untracked(), &code), false);
        }
    }
}

#[component]
pub fn MapView(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    // Mongolia's aimags by their name; another State's first-level divisions by a general word.
    let title = if loaded
        .dataset
        .regions
        .iter()
        .any(|r| r.kind == upr_core::model::RegionKind::Aimag)
    {
        "map-title"
    } else {
        "map-title-divisions"
    };
    if !has_map(&loaded.dataset) {
        let text = upr_core::t_with(
            lang,
            "map-none",
            &[(
                "state",
                upr_core::Arg::Str(loaded.dataset.country.name.get(lang).to_string()),
            )],
        );
        return view! {
            <section aria-labelledby="map-title" class="map-view">
                <h2 id="map-title">{state.t(title)}</h2>
                <p class="notice" role="status" data-testid="map-none">{text}</p>
                <MapLoader loaded=loaded.clone()/>
            </section>
        }
        .into_any();
    }
    let metric = Memo::new(move |_| state.shown.with(|q| q.metric));
    let l = loaded.clone();
    let data = Memo::new(move |_| MapData::new(&l.dataset, metric.get()));
    let l = loaded.clone();
    let selected = Memo::new(move |_| state.shown.with(|q| selected_regions(&l.dataset, q)));
    let l = loaded.clone();
    let option =
        Memo::new(move |_| data.with(|d| selected.with(|s| map_option(&l.dataset, lang, d, s))));
    let l = loaded.clone();
    let summary = move || data.with(|d| map_summary(&l.dataset, lang, d));

    let container = NodeRef::<Div>::new();
    let l = loaded.clone();
    let geo = LocalResource::new(move || map_source(l.clone()));
    let key = map_key(&loaded);
    let credit = if loaded.dataset.map.is_some() {
        "map-credit-own"
    } else {
        "map-credit"
    };
    let chart = echarts::Chart::new(container);
    let (status, set_status) = signal(Some(t(lang, "map-loading")));
    let unavailable = move || set_status.set(Some(t(lang, "map-unavailable-list")));
    let l = loaded.clone();
    Effect::new(move |_| {
        let option = option.get();
        let Some(el) = container.get() else { return };
        // Drawn already: replace the option (a new metric or selection).
        if let Some(result) = chart.with(|c| c.set_option(&option)) {
            if let Err(e) = result {
                crate::crash::record_error(&format!("map: {e}"));
            }
            return;
        }
        let Some(geo) = geo.get() else { return };
        let Ok(geo) = geo else { return unavailable() };
        match chart.library(|| state.printing.get()) {
            echarts::Library::Ready => {}
            echarts::Library::Failed => return unavailable(),
            _ => return,
        }
        let drawn = chart.draw(&el, &option, |instance| {
            if let Some(geo) = geo.filter(|_| MAP_REGISTERED.with(Cell::get) != Some(key)) {
                echarts::register_map(MAP_NAME, &geo)?;
                MAP_REGISTERED.with(|r| r.set(Some(key)));
            }
            instance.on("click", on_region_click(state, &l));
            Ok(())
        });
        match drawn {
            Ok(()) => set_status.set(None),
            Err(e) => {
                crate::crash::record_error(&format!("map: {e}"));
                unavailable();
            }
        }
    });

    // Follow the container's size (the layout's columns) and the window's.
    let resize = move || {
        chart.with(echarts::Instance::resize);
    };
    chart.on_resize(resize);
    let window_resize = window_event_listener(leptos::ev::resize, move |_| resize());
    on_cleanup(move || window_resize.remove());

    let notes = unnamed_notes(&loaded.dataset, lang)
        .into_iter()
        .map(|n| view! { <p class="note" data-testid="map-unnamed">{n}</p> })
        .collect_view();
    let metric_note = move || match metric.get() {
        MapMetric::Participants => Some(t(lang, "map-participants-note")),
        MapMetric::Share(_) if !data.with(|d| d.available) => Some(t(lang, "map-share-empty")),
        _ => None,
    };

    view! {
        <section aria-labelledby="map-title" class="map-view">
            <h2 id="map-title">{state.t(title)}</h2>
            <MetricSelector loaded=loaded.clone() metric=metric/>
            <p class="note map-metric-note" data-testid="map-metric-note" role="status">{metric_note}</p>
            <div class="map-layout">
                <figure class="map-figure">
                    <div
                        class="map-chart"
                        node_ref=container
                        data-testid="map-chart"
                        role="img"
                        aria-label=summary
                    ></div>
                    <ul class="map-legend plain small">
                        <li><span class="swatch swatch-no-data" aria-hidden="true"></span>{t(lang, "map-legend-no-data")}</li>
                        <li><span class="swatch swatch-selected" aria-hidden="true"></span>{t(lang, "map-legend-selected")}</li>
                    </ul>
                    <p class="small" role="status">{move || status.get()}</p>
                    <figcaption class="credit" data-testid="map-credit">{state.t(credit)}</figcaption>
                </figure>
                <RegionList loaded=loaded.clone() data=data selected=selected/>
            </div>
            {notes}
            <RegionPanel loaded=loaded.clone() data=data selected=selected/>
        </section>
    }
    .into_any()
}
