//! The speaker view: a second window (`public/speaker.html`) that shows the presenter the scene's
//! notes, the next scene and a timer, and steps the tour from the lectern — kept in step with the
//! presentation by `postMessage`, between windows of this site only.
//!
//! The protocol, as text:
//! - the speaker view says `firstwall:speaker:ready` when it opens (or reloads) and
//!   `firstwall:speaker:go:N` to show scene N (0-based);
//! - the presentation answers every `ready`, and tells of every change of scene, with the JSON
//!   `{"firstwall":"present","scene":N,"scenes":[{"title","say","notes"}…]}`, `scene` being
//!   `null` once the tour has ended.

use std::cell::RefCell;

use wasm_bindgen::{JsCast as _, JsValue};

/// Where the speaker view lives, under the site's root.
pub const SPEAKER_PATH: &str = "/public/speaker.html";

thread_local! {
    /// The speaker view's window, once it has opened or spoken.
    static SPEAKER: RefCell<Option<web_sys::Window>> = const { RefCell::new(None) };
}

/// What the speaker view asks of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    /// It has opened: tell it where the tour is.
    Ready,
    /// Show this scene (0-based; the tour keeps to its scenes).
    Go(usize),
}

/// The speaker view's message, if `text` is one.
pub fn parse_request(text: &str) -> Option<Request> {
    match text.strip_prefix("firstwall:speaker:")? {
        "ready" => Some(Request::Ready),
        other => {
            let index: usize = other.strip_prefix("go:")?.parse().ok()?;
            Some(Request::Go(index))
        }
    }
}

/// The presentation's message to the speaker view: the scene on screen (`None` once the tour
/// has ended) and every scene's words, as `[title, what to say, notes]`.
pub fn state_message<'a>(
    scene: Option<usize>,
    scenes: impl IntoIterator<Item = [&'a str; 3]>,
) -> String {
    // Written by hand: a serialiser for one message costs the app's download more than this.
    let scenes: Vec<String> = scenes
        .into_iter()
        .map(|[title, say, notes]| {
            format!(
                r#"{{"title":{},"say":{},"notes":{}}}"#,
                json_string(title),
                json_string(say),
                json_string(notes)
            )
        })
        .collect();
    let scene = scene.map_or_else(|| "null".to_owned(), |index| index.to_string());
    format!(
        r#"{{"firstwall":"present","scene":{scene},"scenes":[{}]}}"#,
        scenes.join(",")
    )
}

/// `text` as a JSON string literal.
fn json_string(text: &str) -> String {
    // A string always serialises.
    serde_json::to_string(text).unwrap_or_default()
}

/// This site's origin: messages go only to it and are taken only from it.
fn origin() -> String {
    leptos::prelude::window()
        .location()
        .origin()
        .unwrap_or_default()
}

/// Opens the speaker view (or brings it forward); `false` if the browser blocked the window.
pub fn open() -> bool {
    let opened = leptos::prelude::window()
        .open_with_url_and_target_and_features(
            SPEAKER_PATH,
            "firstwall-speaker",
            "popup,width=960,height=640",
        )
        .ok()
        .flatten();
    let Some(speaker) = opened else {
        return false;
    };
    // Focus is a convenience: a browser may keep it where it is.
    speaker.focus().ok();
    SPEAKER.with_borrow_mut(|slot| *slot = Some(speaker));
    true
}

/// Sends the speaker view, if one is open, `message` ([`state_message`]).
pub fn tell(message: impl FnOnce() -> String) {
    SPEAKER.with_borrow(|speaker| {
        if let Some(speaker) = speaker.as_ref().filter(|w| !w.closed().unwrap_or(true)) {
            // A window that has gone away refuses the message: nothing to do then.
            speaker
                .post_message(&JsValue::from_str(&message()), &origin())
                .ok();
        }
    });
}

/// The speaker view's request in `event`, if the event is one from this site; remembers its
/// window (a reloaded speaker view is a new one) so that it is told of every change.
pub fn receive(event: &web_sys::MessageEvent) -> Option<Request> {
    if event.origin() != origin() {
        return None;
    }
    let request = parse_request(&event.data().as_string()?)?;
    if let Some(window) = event
        .source()
        .and_then(|source| source.dyn_into::<web_sys::Window>().ok())
    {
        SPEAKER.with_borrow_mut(|slot| *slot = Some(window));
    }
    Some(request)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_speaker_views_requests_are_read_and_nothing_else() {
        assert_eq!(
            parse_request("firstwall:speaker:ready"),
            Some(Request::Ready)
        );
        assert_eq!(
            parse_request("firstwall:speaker:go:3"),
            Some(Request::Go(3))
        );
        assert_eq!(
            parse_request("firstwall:speaker:go:99"),
            Some(Request::Go(99))
        );
        for other in [
            r#"{"firstwall":"present","scene":1}"#,
            "firstwall:speaker:",
            "firstwall:speaker:go:-1",
            "firstwall:speaker:go:",
            "firstwall:present:go:1",
            r#"{"type":"firstwall:ping"}"#,
            "",
        ] {
            assert_eq!(parse_request(other), None, "{other}");
        }
    }

    #[test]
    fn the_speaker_view_is_told_every_scene_and_where_the_tour_is() {
        let scenes = [
            ["One", "Say one", "Notes one"],
            ["Two", "Say \"two\"", "Notes two"],
        ];
        let message: serde_json::Value =
            serde_json::from_str(&state_message(Some(1), scenes)).expect("JSON");
        assert_eq!(message["firstwall"], "present");
        assert_eq!(message["scene"], 1);
        assert_eq!(message["scenes"].as_array().map(Vec::len), Some(2));
        assert_eq!(message["scenes"][1]["say"], "Say \"two\"");
        assert_eq!(message["scenes"][0]["notes"], "Notes one");
        let ended: serde_json::Value =
            serde_json::from_str(&state_message(None, scenes)).expect("JSON");
        assert!(ended["scene"].is_null());
        // Quotes, backslashes and control characters are escaped.
        let text = "a \"quoted\" \\ line\nbreak → ✓";
        let back: String = serde_json::from_str(&json_string(text)).expect("JSON");
        assert_eq!(back, text);
    }
}
