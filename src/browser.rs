//! General browser hooks the components share: whether an element has come near the screen,
//! following an element's size, and running work when the browser is idle.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Runs `f` when the browser has nothing more urgent to do (after the frame being drawn), or within
/// a tenth of a second; right after the current task where idle callbacks do not exist (Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let has_idle =
        js_sys::Reflect::has(&window, &JsValue::from_str("requestIdleCallback")).unwrap_or(false);
    if has_idle {
        let callback = Closure::once_into_js(f);
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(100);
        let _ = window.request_idle_callback_with_options(callback.unchecked_ref(), &options);
        return;
    }
    set_timeout(f, std::time::Duration::ZERO);
}

/// True from the moment `container` comes within a screen's height of the viewport (it stays
/// true). Where the browser cannot tell, it is true at once.
pub fn near_screen(container: NodeRef<Div>) -> ReadSignal<bool> {
    let (near, set_near) = signal(false);
    let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let seen = entries.iter().any(|e| {
            e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                .is_intersecting()
        });
        if seen {
            set_near.try_set(true);
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("100% 0px");
    let observer = web_sys::IntersectionObserver::new_with_options(
        on_change.as_ref().unchecked_ref(),
        &options,
    )
    .ok();
    if observer.is_none() {
        set_near.set(true);
    }
    let observer = held_until_cleanup(observer, on_change, |o| o.disconnect());
    Effect::new(move |_| {
        let el = container.get();
        let near = near.get();
        observer.with_value(|o| {
            if let (Some(o), Some(el)) = (o, el) {
                if near {
                    o.disconnect();
                } else {
                    o.observe(&el);
                }
            }
        });
    });
    near
}

/// Runs `on_resize` whenever `container` changes size (the window's width, the layout's columns),
/// until the component is cleaned up.
pub fn follow_size(container: NodeRef<Div>, on_resize: impl Fn() + 'static) {
    let on_resize = Closure::<dyn FnMut()>::new(on_resize);
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    let observer = held_until_cleanup(observer, on_resize, |o| o.disconnect());
    Effect::new(move |_| {
        if let Some(el) = container.get() {
            observer.with_value(|o| {
                if let Some(o) = o {
                    o.observe(&el);
                }
            });
        }
    });
}

/// Keeps an observer and its callback while the component lives; when it is cleaned up, the
/// observer is disconnected and the callback dropped.
fn held_until_cleanup<O: 'static, C: ?Sized + 'static>(
    observer: Option<O>,
    callback: Closure<C>,
    disconnect: fn(&O),
) -> StoredValue<Option<O>, LocalStorage> {
    let observer = StoredValue::new_local(observer);
    let callback = StoredValue::new_local(Some(callback));
    on_cleanup(move || {
        observer.try_update_value(|o| {
            if let Some(o) = o.take() {
                disconnect(&o);
            }
        });
        callback.try_update_value(|c| drop(c.take()));
    });
    observer
}

/// Enters full screen where the browser allows it (a user gesture is needed; failure is harmless).
pub fn request_fullscreen() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.request_fullscreen();
    }
}
