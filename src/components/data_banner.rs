//! Which data is shown, on every view: imported data is named with its files and date and one click
//! returns to the bundled data; a link made on other data says so instead of showing other rows
//! silently; a kept import that no longer loads is reported, not lost.

use crate::components::storage_error::StorageError;
use crate::download::save_text;
use crate::state::{use_app, ShownData};
use crate::storage;
use leptos::prelude::*;
use leptos::task::spawn_local;
use upr_core::{t, t_with, Arg};

#[component]
pub fn DataBanner() -> impl IntoView {
    let state = use_app();
    let error = RwSignal::new(None::<String>);
    // After an import or a return to the bundled data, the address names the data now shown.
    Effect::new(move |before: Option<Option<Option<String>>>| {
        // `None` while loading, else the identity of the data shown (`Some(None)`: bundled).
        let now = state
            .shown_data
            .with(|o| *o != ShownData::Unknown)
            .then(|| state.data_id());
        if let (Some(Some(before)), Some(now)) = (&before, &now) {
            if before != now {
                state.set_query(&state.address.get_untracked(), true);
            }
        }
        now.or(before.flatten())
    });
    let imported = move || {
        let lang = state.lang.get();
        state.shown_data.with(|o| match o {
            ShownData::Imported(meta) => Some(meta.describe(lang)),
            _ => None,
        })
    };
    let unusable = move || {
        let lang = state.lang.get();
        state.shown_data.with(|o| match o {
            ShownData::KeptButUnusable(issues) => {
                let first = issues
                    .first()
                    .map(|i| format!("{} {}", i.path, i.message(lang)).trim().to_string())
                    .unwrap_or_default();
                Some(t_with(
                    lang,
                    "data-kept-unusable",
                    &[("problem", Arg::Str(first))],
                ))
            }
            _ => None,
        })
    };
    // The link names data this browser does not show.
    let mismatch = move || {
        let lang = state.lang.get();
        let wanted = state.address.with(|q| q.data.clone());
        let id = state.data_id();
        state.shown_data.with(|o| {
            if *o == ShownData::Unknown || wanted == id {
                return None;
            }
            let shown = match id {
                Some(id) => t_with(lang, "data-shown-imported", &[("id", Arg::Str(id))]),
                None => t(lang, "data-shown-bundled"),
            };
            Some(match wanted {
                Some(id) => t_with(
                    lang,
                    "data-link-other-import",
                    &[("id", Arg::Str(id)), ("shown", Arg::Str(shown))],
                ),
                None => t_with(lang, "data-link-bundled", &[("shown", Arg::Str(shown))]),
            })
        })
    };
    let download_kept = move |_| {
        spawn_local(async move {
            match storage::load().await {
                Ok(Some(kept)) => {
                    let name = format!("upr-import-{}.json", kept.meta.dataset_id);
                    if let Err(e) = save_text(&name, "application/json", &kept.dataset) {
                        error.set(Some(format!("{e:?}")));
                    }
                }
                Ok(None) => {}
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let silent = move || state.shown_data.with(|o| *o == ShownData::StorageSilent);
    view! {
        <Show when=silent>
            <aside class="notice data-banner" role="status" data-testid="data-storage-silent">
                <p>{state.t("data-storage-silent")}</p>
            </aside>
        </Show>
        <Show when=move || mismatch().is_some()>
            <aside class="notice data-mismatch" role="alert" data-testid="data-mismatch">
                <p>{mismatch}</p>
            </aside>
        </Show>
        <Show when=move || imported().is_some()>
            <aside class="notice data-banner" role="status" data-testid="data-banner">
                <p>{imported}</p>
                <button type="button" data-testid="data-reset" on:click=move |_| state.return_to_bundled(error)>
                    {state.t("data-reset")}
                </button>
            </aside>
        </Show>
        <Show when=move || unusable().is_some()>
            <aside class="notice data-banner" role="alert" data-testid="data-kept-unusable">
                <p>{unusable}</p>
                <button type="button" on:click=download_kept>{state.t("data-kept-download")}</button>
                " "
                <button type="button" on:click=move |_| state.return_to_bundled(error)>{state.t("data-kept-delete")}</button>
            </aside>
        </Show>
        <StorageError error=error testid="data-storage-error"/>
    }
}
