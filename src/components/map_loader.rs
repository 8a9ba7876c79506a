//! Where the data has no map of its State's provinces (a tracker for another State than
//! Mongolia): a GeoJSON of its first-level divisions is chosen here, checked by the core
//! (`upr_core::geo`), and becomes part of the data — kept in this browser as an import is, so a
//! reload keeps it and "the bundled data" is one click away as ever.

use crate::state::{shown_dataset_text, use_app, ShownData};
use crate::storage::{self, ImportMeta, ImportedFile, StoredImport};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use upr_core::{geo, t, t_with, Arg, Loaded};

#[component]
pub fn MapLoader(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let code = loaded.dataset.country.code.clone();
    let state_name = loaded.dataset.country.name.get(lang).to_string();
    // An example code of the State's divisions, for the help.
    let example = format!("{}-…", code.to_ascii_uppercase());
    let help = t_with(
        lang,
        "map-load-help",
        &[
            ("state", Arg::Str(state_name.clone())),
            ("example", Arg::Str(example)),
        ],
    );
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        // Taken before any wait: resetting the input empties its list.
        let Some(file) = input.files().and_then(|l| l.get(0)) else {
            return;
        };
        input.set_value("");
        error.set(None);
        busy.set(true);
        let (code, state_name) = (code.clone(), state_name.clone());
        spawn_local(async move {
            let name = file.name();
            let done = async {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .map_err(|e| format!("{name}: {}", storage::describe(e)))?
                    .as_string()
                    .unwrap_or_default();
                let map = geo::read_divisions(&text, &code)
                    .map_err(|p| p.message(lang, &name, &state_name))?;
                let origin = state.shown_data.get_untracked();
                let dataset = shown_dataset_text(&origin, lang).await?;
                let merged = geo::with_map(&dataset, &map)?;
                let mut files = match &origin {
                    ShownData::Imported(meta) => meta.files.clone(),
                    _ => Vec::new(),
                };
                files.push(ImportedFile {
                    name: name.clone(),
                    rows: map.divisions.len(),
                });
                let meta = ImportMeta {
                    files,
                    imported_at: String::from(js_sys::Date::new_0().to_iso_string()),
                    dataset_id: upr_core::import::dataset_id(&merged),
                };
                storage::save(&StoredImport {
                    meta,
                    dataset: merged,
                })
                .await
            }
            .await;
            busy.set(false);
            match done {
                Ok(()) => state.data_version.update(|v| *v += 1),
                Err(e) => error.set(Some(e)),
            }
        });
    };
    view! {
        <section class="map-loader card" aria-labelledby="map-load-title" data-testid="map-loader">
            <h3 id="map-load-title">{t(lang, "map-load-title")}</h3>
            <p class="small">{help}</p>
            <label>
                {t(lang, "map-load-file")}" "
                <input type="file" accept=".geojson,.json,application/geo+json,application/json"
                    data-testid="map-file" on:change=on_change prop:disabled=move || busy.get()/>
            </label>
            <p class="small" role="status">{move || busy.get().then(|| t(lang, "map-load-reading"))}</p>
            {move || error.get().map(|e| view! { <p class="error" role="alert" data-testid="map-load-error">{e}</p> })}
        </section>
    }
}
