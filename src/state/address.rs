//! The one writer of the address: a choice shows at once, and its address is written right after
//! the next frame (or before a link is followed, a link is copied or the page is left), in order,
//! so that Back returns to what was on screen.

use super::AppState;
use crate::browser::when_idle;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use upr_core::query::Query;
use wasm_bindgen::JsCast;

impl AppState {
    /// Keeps the address bar in step: writes waiting addresses before a link is followed (so that
    /// Back returns to what was on screen) and when the page is left; lets Back and Forward win
    /// over addresses not yet written. Call once, in the shell.
    pub fn keep_url_in_step(&self) {
        let state = *self;
        let click = window_event_listener(leptos::ev::click, move |ev| {
            let on_link = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[href]").ok().flatten())
                .is_some();
            if on_link {
                state.flush_url();
            }
        });
        let hide = window_event_listener(leptos::ev::pagehide, move |_| state.flush_url());
        let pop = window_event_listener(leptos::ev::popstate, move |_| {
            state.writes.update_value(Vec::clear);
            state.pending.set(None);
        });
        on_cleanup(move || {
            click.remove();
            hide.remove();
            pop.remove();
        });
    }

    /// Writes the addresses of the views shown so far that are not in the browser's history yet.
    pub fn flush_url(&self) {
        let writes = self
            .writes
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        if writes.is_empty() {
            return;
        }
        for (q, replace) in writes {
            let href = self.href(&q);
            self.navigate.with_value(|navigate| {
                navigate(
                    &href,
                    NavigateOptions {
                        replace,
                        scroll: false,
                        ..Default::default()
                    },
                )
            });
        }
        // The address now says what the screen shows.
        self.pending.set(None);
    }

    /// The one writer of the URL. A discrete choice (a filter, a page, a recommendation) adds a
    /// history entry so that Back restores the previous view; typing replaces the current one.
    /// The screen follows at once; the address is written right after the next frame has been
    /// painted (writing history takes milliseconds the input should not wait for), or earlier
    /// when a link is followed, a link is copied or the page is left.
    pub fn set_query(&self, q: &Query, replace: bool) {
        let first = self
            .writes
            .try_update_value(|writes| {
                let first = writes.is_empty();
                match writes.last_mut() {
                    // Typing on: one entry for the whole word.
                    Some((last, true)) if replace => *last = q.clone(),
                    _ => writes.push((q.clone(), replace)),
                }
                first
            })
            .unwrap_or(false);
        self.pending.set(Some(q.clone()));
        if first {
            let state = *self;
            request_animation_frame(move || when_idle(move || state.flush_url()));
        }
    }

    /// Changes the shown query with `f` (and goes back to the first page of the table).
    pub fn update_query(&self, replace: bool, f: impl FnOnce(&mut Query)) {
        let mut q = self.shown.get_untracked();
        f(&mut q);
        if q.page == self.shown.get_untracked().page {
            q.page = 1;
        }
        self.set_query(&q, replace);
    }
}
