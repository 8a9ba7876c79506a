//! The report of an import: what was checked, what would change, and each problem with its file,
//! row and column.

use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;
use upr_core::import::ImportReport;
use upr_core::t;

/// The check of an import: its files, every problem with its place, what would change, and the
/// buttons to confirm or cancel. Its sentences come written from the import worker.
#[component]
pub fn Report(
    plan: Arc<ImportReport>,
    on_confirm: Callback<()>,
    /// Starts the tracker (by its place in the report's) a list about another State offers.
    on_tracker: Callback<usize>,
    /// A State chosen from the report's choices (by its ISO code): its tracker is made and started.
    on_choose: Callback<String>,
    on_cancel: Callback<()>,
    /// Every problem as a CSV file, when the report lists only the first ones.
    all_problems: Option<send_wrapper::SendWrapper<web_sys::Blob>>,
) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let ok = plan.can_apply();
    let blocked = !plan.ok();
    let files = plan
        .files
        .iter()
        .map(|f| {
            let note = (!f.note.is_empty()).then(|| {
                view! { <p class="file-note" data-testid="import-file-note">{f.note.clone()}</p> }
            });
            view! {
                <li data-testid="import-file-summary">
                    <strong>{f.name.clone()}</strong>" — "{f.kind.clone()}", "{f.rows_text.clone()}
                    {note}
                </li>
            }
        })
        .collect_view();
    let problems = plan
        .problems
        .iter()
        .map(|p| {
            view! {
                <tr data-testid="import-problem" class:error=p.error>
                    <td>{p.severity.clone()}</td>
                    <td>{p.place.clone()}</td>
                    <td>{p.message.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let changes = plan
        .changes
        .iter()
        .map(|c| {
            // What changes in each changed entry, before anything changes.
            let details = (!c.details.is_empty()).then(|| {
                let items = c
                    .details
                    .iter()
                    .map(|d| view! { <li data-testid="import-change-detail">{d.clone()}</li> })
                    .collect_view();
                view! { <ul class="change-details">{items}</ul> }
            });
            view! {
                <li data-testid="import-change">
                    <strong>{c.table.clone()}</strong>": "{c.counts.clone()}
                    {details}
                </li>
            }
        })
        .collect_view();
    // One State: its offer. Several (a file about many States): the State is chosen first.
    let chosen = RwSignal::new(0usize);
    let tracker = match &plan.trackers[..] {
        [] => None,
        [tr] => Some(
            view! {
                <div class="tracker-offer" data-testid="tracker-offer">
                    <p class="small">{tr.note.clone()}</p>
                    <button type="button" data-testid="tracker-start" on:click=move |_| on_tracker.run(0)>{tr.offer.clone()}</button>
                </div>
            }
            .into_any(),
        ),
        many => {
            let options = many
                .iter()
                .enumerate()
                .map(|(i, tr)| view! { <option value=i.to_string()>{tr.offer.clone()}</option> })
                .collect_view();
            let lang = use_app().lang.get_untracked();
            Some(
                view! {
                    <div class="tracker-offer" data-testid="tracker-offer">
                        <p class="small">{many[0].note.clone()}</p>
                        <label>{upr_core::t(lang, "import-tracker-choose")}" "
                            <select data-testid="tracker-state" on:change=move |ev| {
                                chosen.set(event_target_value(&ev).parse().unwrap_or(0))
                            }>{options}</select>
                        </label>" "
                        <button type="button" data-testid="tracker-start" on:click=move |_| on_tracker.run(chosen.get_untracked())>
                            {upr_core::t(lang, "import-tracker-start-chosen")}
                        </button>
                    </div>
                }
                .into_any(),
            )
        }
    };
    // States a tracker can be started for once chosen (a UPR Info export names every State).
    let choices = (!plan.tracker_choices.is_empty()).then(|| {
        let lang = use_app().lang.get_untracked();
        let first = plan.tracker_choices[0].code.clone();
        let picked = RwSignal::new(first);
        let options = plan
            .tracker_choices
            .iter()
            .map(|c| view! { <option value=c.code.clone()>{c.offer.clone()}</option> })
            .collect_view();
        view! {
            <div class="tracker-offer" data-testid="tracker-choices">
                <label>{upr_core::t(lang, "import-tracker-choose")}" "
                    <select data-testid="tracker-choice" on:change=move |ev| picked.set(event_target_value(&ev))>{options}</select>
                </label>" "
                <button type="button" data-testid="tracker-choose" on:click=move |_| on_choose.run(picked.get_untracked())>
                    {upr_core::t(lang, "import-tracker-start-chosen")}
                </button>
            </div>
        }
    });
    let has_problems = !plan.problems.is_empty();
    // Thousands of problems: each kind counted with its first place, the first ones listed, and
    // all of them downloadable.
    let many = (!plan.groups.is_empty()).then(|| {
        let groups = plan
            .groups
            .iter()
            .map(|g| {
                view! {
                    <tr data-testid="import-group" class:error=g.error>
                        <td>{g.count_text.clone()}</td>
                        <td>{g.place.clone()}</td>
                        <td>{g.message.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        let count = |key: &str| {
            upr_core::t_with(
                lang,
                key,
                &[
                    ("count", upr_core::Arg::Num(plan.problem_count as f64)),
                    ("shown", upr_core::Arg::Num(plan.problems.len() as f64)),
                ],
            )
        };
        let download = all_problems.clone().map(|blob| {
            let label = count("import-download-problems");
            view! {
                <button type="button" data-testid="import-download-problems"
                    on:click=move |_| { let _ = crate::download::save_blob("import-problems.csv", &blob); }>
                    {label}
                </button>
            }
        });
        view! {
            <p data-testid="import-many">{count("import-many-problems")}" "{download}</p>
            <div class="table-scroll">
                <table data-testid="import-groups">
                    <caption>{t(lang, "import-groups-title")}</caption>
                    <thead><tr>
                        <th scope="col">{t(lang, "import-groups-count")}</th>
                        <th scope="col">{t(lang, "import-groups-first")}</th>
                        <th scope="col">{t(lang, "import-report-problem")}</th>
                    </tr></thead>
                    <tbody>{groups}</tbody>
                </table>
            </div>
        }
    });
    let has_changes = !plan.changes.is_empty();
    view! {
        <div class="import-report" data-testid="import-report">
            <h3>{t(lang, "import-report-title")}</h3>
            <p role="status" data-testid="import-summary" class:blocked=blocked>{plan.summary.clone()}</p>
            <ul>{files}</ul>
            {many}
            {has_problems.then(|| view! {
                <div class="table-scroll">
                    <table data-testid="import-problems">
                        <caption>{t(lang, "import-problems-title")}</caption>
                        <thead><tr>
                            <th scope="col">{t(lang, "import-report-severity")}</th>
                            <th scope="col">{t(lang, "import-report-place")}</th>
                            <th scope="col">{t(lang, "import-report-problem")}</th>
                        </tr></thead>
                        <tbody>{problems}</tbody>
                    </table>
                </div>
            })}
            {has_changes.then(|| view! {
                <h4>{t(lang, "import-changes-title")}</h4>
                <ul data-testid="import-changes">{changes}</ul>
            })}
            {tracker}
            {choices}
            <p class="actions">
                <button type="button" data-testid="import-confirm" disabled=!ok on:click=move |_| on_confirm.run(())>{t(lang, "import-apply")}</button>
                " "
                <button type="button" data-testid="import-cancel" on:click=move |_| on_cancel.run(())>{t(lang, "import-cancel")}</button>
            </p>
        </div>
    }
}
