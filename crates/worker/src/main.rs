//! The sweep worker in the browser: answers each request the app posts with [`firstwall_worker`]'s
//! work, posting counts as a `Uint32Array` and grid cells and fans as `Float64Array`s.
//!
//! Natively this binary does nothing; it exists for the browser.

#[cfg(target_arch = "wasm32")]
mod browser {
    use firstwall_worker::{handle, Output, READY};
    use js_sys::{Float64Array, Object, Reflect, Uint32Array};
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// Sets the message handler, then says it is ready.
    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let reply_scope = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let text = event.data().as_string().unwrap_or_default();
            let (id, result) = handle(&text);
            let reply = Object::new();
            // Setting a property on a fresh plain object cannot fail.
            Reflect::set(&reply, &"id".into(), &id.into()).ok();
            match result {
                Ok(Output::Counts(counts)) => {
                    Reflect::set(&reply, &"counts".into(), &Uint32Array::from(&counts[..])).ok();
                }
                Ok(Output::Cells(cells)) => {
                    Reflect::set(&reply, &"cells".into(), &Float64Array::from(&cells[..])).ok();
                }
                Ok(Output::Fans { counts, quantiles }) => {
                    Reflect::set(&reply, &"counts".into(), &Uint32Array::from(&counts[..])).ok();
                    let quantiles = Float64Array::from(&quantiles[..]);
                    Reflect::set(&reply, &"quantiles".into(), &quantiles).ok();
                }
                Err(message) => {
                    Reflect::set(&reply, &"error".into(), &message.into()).ok();
                }
            }
            // If the page is gone there is nobody to tell.
            reply_scope.post_message(&reply).ok();
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        scope.post_message(&READY.into()).ok();
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    browser::start();
}
