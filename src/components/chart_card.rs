//! One chart that can stand alone in a report or on a slide: the ECharts canvas (its option carries
//! the title and the source line, so the PNG does too), the one-line "how to read", notes the reader
//! must not miss, a PNG download and the figures as a table. The spec comes from the core crate; this
//! component only hands it to ECharts, re-rendering in place when it changes.

use crate::components::figure_table::FigureTable;
use crate::echarts;
use leptos::html::Div;
use leptos::prelude::*;
use std::time::Duration;
use upr_core::charts::ChartSpec;
use upr_core::t;

/// The canvas size to lay the option out for (the container's, or the default before layout).
fn size_of(el: &web_sys::HtmlElement, spec: &ChartSpec) -> (f64, f64) {
    let w = el.client_width() as f64;
    let h = el.client_height() as f64;
    (
        if w > 0.0 {
            w
        } else {
            upr_core::charts::layout::DEFAULT_WIDTH
        },
        if h > 0.0 { h } else { spec.height.px() },
    )
}

#[component]
pub fn ChartCard(spec: Memo<ChartSpec>) -> impl IntoView {
    let state = crate::state::use_app();
    let lang = state.lang.get_untracked();
    let id = spec.with_untracked(|s| s.id);
    let container = NodeRef::<Div>::new();
    let (status, set_status) = signal(Some(t(lang, "chart-drawing")));
    let (drawn, set_drawn) = signal(false);
    // The canvas height (a class): taller on a narrow screen, where the title takes more lines.
    let height = RwSignal::new(spec.with_untracked(|s| s.height));
    let fit_height = move |el: &web_sys::HtmlElement| {
        let w = el.client_width() as f64;
        if w > 0.0 {
            let Some(h) = spec.try_with_untracked(|s| s.height_at(w)) else {
                return;
            };
            if height.try_get_untracked() != Some(h) {
                height.try_set(h);
            }
        }
    };

    // Follow the container's size (window resizes, the layout's columns): resize the canvas and lay
    // the title and plot out again, merging so that the animation is not replayed.
    let canvas = echarts::Chart::new(container);
    let relayout = move || {
        // The card may be gone by the time this runs.
        let Some(Some(el)) = container.try_get_untracked() else {
            return;
        };
        fit_height(&el);
        canvas.with(|c| {
            c.resize();
            let option = spec.try_with_untracked(|spec| {
                let (w, h) = size_of(&el, spec);
                spec.option_at(w, h)
            });
            if let Some(Some(option)) = option {
                if let Err(e) = c.merge_option(&option) {
                    crate::crash::record_error(&format!("chart resize: {e}"));
                }
            }
        });
    };
    // Not inside the observer's callback: changing the height there would notify it again in the
    // same frame ("ResizeObserver loop completed with undelivered notifications").
    canvas.on_resize(move || set_timeout(relayout, Duration::ZERO));

    // Draw, or redraw in place with `setOption(…, {notMerge: true})` when the spec changes.
    Effect::new(move |_| {
        let Some(el) = container.get() else { return };
        spec.with(|spec| {
            if spec.option.is_none() {
                // Nothing to draw (the notes say why): drop the old picture.
                canvas.clear();
                set_drawn.set(false);
                set_status.set(None);
                return;
            }
            // Once the library is here every chart draws (so a printout has them all); until
            // then, a chart near the screen or a printout asks for it.
            match canvas.library(|| state.printing.get()) {
                echarts::Library::Ready => {}
                echarts::Library::Failed => {
                    set_status.set(Some(t(lang, "chart-unavailable")));
                    return;
                }
                _ => return,
            }
            fit_height(&el);
            let (w, h) = size_of(&el, spec);
            let Some(option) = spec.option_at(w, h) else {
                return;
            };
            match canvas.draw(&el, &option, |_| Ok(())) {
                Ok(()) => {
                    set_drawn.set(true);
                    set_status.set(None);
                }
                Err(e) => {
                    crate::crash::record_error(&format!("chart {}: {e}", spec.id));
                    set_status.set(Some(t(lang, "chart-unavailable")));
                }
            }
        });
    });

    let download = move |_| {
        let name = spec.with_untracked(|s| s.file_name(lang));
        if let Some(Err(e)) = canvas.with(|c| c.download_png(&name)) {
            crate::crash::record_error(&format!("chart download: {e}"));
        }
    };

    let title_id = format!("chart-{id}-title");
    let title_id_h = title_id.clone();
    let has_option = move || spec.with(|s| s.option.is_some());
    let title = move || spec.with(|s| s.title.clone());
    let notes = move || {
        spec.with(|s| {
            s.notes
                .iter()
                .map(|n| view! { <p class="chart-note" data-testid="chart-note">{n.clone()}</p> })
                .collect_view()
        })
    };
    let extra = move || {
        spec.with(|s| {
            s.extra_tables
                .iter()
                .cloned()
                .map(|table| view! { <FigureTable table=table/> })
                .collect_view()
        })
    };
    let table = move || spec.with(|s| s.table.clone());

    view! {
        <figure class="card chart-card" data-testid=format!("chart-{id}") aria-labelledby=title_id.clone()>
            // The canvas draws the title and the source line; the heading is for navigation and
            // is shown only when there is no picture.
            <h3 id=title_id_h class:visually-hidden=has_option>{title}</h3>
            <div
                class=move || format!("chart-canvas {}", height.get().class())
                class:hidden=move || !has_option()
                class:undrawn=move || !drawn.get()
                node_ref=container
                data-testid="chart-canvas"
                role="img"
                aria-label=move || spec.with(|s| s.summary.clone())
            ></div>
            <p class="small" role="status">{move || status.get()}</p>
            {notes}
            <figcaption>
                <p class="chart-how">
                    <strong>{t(lang, "chart-how-to-read")}</strong>" "
                    <span data-testid="chart-how">{move || spec.with(|s| s.how_to_read.clone())}</span>
                </p>
                <p class="visually-hidden" data-testid="chart-source">{move || spec.with(|s| s.source_line.clone())}</p>
            </figcaption>
            <div class="chart-actions">
                <button
                    type="button"
                    class="button"
                    data-testid="chart-download"
                    disabled=move || !drawn.get()
                    aria-label=move || upr_core::t_with(lang, "chart-download-label", &[("title", upr_core::Arg::Str(spec.with(|s| s.title.clone())))])
                    on:click=download
                >
                    {t(lang, "chart-download-png")}
                </button>
            </div>
            {extra}
            // Printed before the library has arrived (nothing scrolled to the charts yet): the
            // printout carries the figures instead of an empty box.
            <Show when=move || state.printing.get() && !drawn.get() && has_option()>
                <div class="chart-print-table" data-testid="chart-print-table">
                    {move || view! { <FigureTable table=table()/> }}
                </div>
            </Show>
            <details class="chart-table" data-testid="chart-table">
                <summary>{t(lang, "chart-show-table")}</summary>
                {move || view! { <FigureTable table=table()/> }}
            </details>
        </figure>
    }
}
