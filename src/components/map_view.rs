//! The province map (ECharts, through src/echarts.rs) beside a table of the same figures, which is
//! also the map's text alternative. The ODbL credit stands beside the map.

use crate::echarts;
use crate::state::{fetch_map, use_app};
use leptos::html::Div;
use leptos::prelude::*;
use std::cell::Cell;
use std::sync::Arc;
use std::time::Duration;
use upr_core::map::{consultations_metric, map_option, unnamed_notes, MAP_NAME};
use upr_core::{t, Loaded};

thread_local! {
    static MAP_REGISTERED: Cell<bool> = const { Cell::new(false) };
}

#[component]
pub fn MapView(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let ds = &loaded.dataset;
    let values = consultations_metric(ds);
    let metric_label = t(lang, "map-metric-consultations");
    let rows = values
        .iter()
        .map(|rv| {
            let r = &ds.regions[rv.region];
            let value = match rv.value {
                Some(v) => v.to_string(),
                None => t(lang, "no-data"),
            };
            view! {
                <tr data-testid="region-row" data-region=r.code.clone()>
                    <th scope="row">{r.name.get(lang).to_string()}</th>
                    <td>{r.capital.get(lang).to_string()}</td>
                    <td class:no-data=rv.value.is_none()>{value}</td>
                </tr>
            }
        })
        .collect_view();
    let notes = unnamed_notes(ds, lang)
        .into_iter()
        .map(|n| view! { <p class="note">{n}</p> })
        .collect_view();

    let container = NodeRef::<Div>::new();
    let geo = LocalResource::new(fetch_map);
    let chart = StoredValue::new_local(None::<echarts::Instance>);
    let (status, set_status) = signal(Some(t(lang, "map-loading")));
    let (tick, set_tick) = signal(0u32);
    let option = map_option(ds, lang, &values, &metric_label);
    Effect::new(move |_| {
        let attempt = tick.get();
        let Some(el) = container.get() else { return };
        let Some(geo) = geo.get() else { return };
        if chart.with_value(|c| c.is_some()) {
            return;
        }
        let geo = match geo {
            Ok(text) => text,
            Err(_) => return set_status.set(Some(t(lang, "map-unavailable"))),
        };
        if !echarts::available() {
            if attempt < 150 {
                set_timeout(
                    move || set_tick.update(|t| *t += 1),
                    Duration::from_millis(100),
                );
            } else {
                set_status.set(Some(t(lang, "map-unavailable")));
            }
            return;
        }
        let drawn = (|| -> Result<echarts::Instance, String> {
            if !MAP_REGISTERED.with(Cell::get) {
                echarts::register_map(MAP_NAME, &geo)?;
                MAP_REGISTERED.with(|r| r.set(true));
            }
            let instance = echarts::init(&el)?;
            instance.set_option(&option)?;
            Ok(instance)
        })();
        match drawn {
            Ok(instance) => {
                chart.set_value(Some(instance));
                set_status.set(None);
            }
            Err(e) => {
                crate::crash::record_error(&format!("map: {e}"));
                set_status.set(Some(t(lang, "map-unavailable")));
            }
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        chart.with_value(|c| {
            if let Some(c) = c {
                c.resize()
            }
        })
    });
    on_cleanup(move || {
        resize.remove();
        chart.update_value(|c| {
            if let Some(c) = c.take() {
                c.dispose();
            }
        });
    });

    view! {
        <section aria-labelledby="map-title" class="map-view">
            <h2 id="map-title">{state.t("map-title")}</h2>
            <div class="map-layout">
                <figure class="map-figure">
                    <div class="map-chart" node_ref=container data-testid="map-chart" role="img" aria-label=metric_label.clone()></div>
                    <p class="small" role="status">{move || status.get()}</p>
                    <figcaption class="credit" data-testid="map-credit">{state.t("map-credit")}</figcaption>
                </figure>
                <div class="map-table">
                    <table>
                        <caption>{metric_label.clone()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{state.t("region")}</th>
                                <th scope="col">{state.t("capital")}</th>
                                <th scope="col">{state.t("consultations-held")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                    {notes}
                </div>
            </div>
        </section>
    }
}
