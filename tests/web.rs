//! Browser tests: the app's components in headless Chromium (wasm-bindgen-test), and a WebGPU
//! compute dispatch with a known answer. Run with `cargo test --target wasm32-unknown-unknown`
//! (the runner is set in .cargo/config.toml; webdriver.json turns WebGPU on).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test fails by panicking.

use firstwall_app::routes::ViewId;
use firstwall_app::shell::theme::{ThemeChoice, THEME_STORAGE_KEY};
use leptos::prelude::*;
use wasm_bindgen::JsCast as _;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element to mount into, so tests do not see each other's DOM.
fn fresh_host() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

/// Points the address bar at `path` without loading anything, as the router would.
fn go_to(path: &str) {
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// Lets effects and the router run.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

/// Waits until `done` holds, looking every 50 ms, for at most 20 s (debounced work such as the
/// address update); panics naming `what` if it never does.
async fn wait_until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..400 {
        if done() {
            return;
        }
        sleep_ms(50).await;
    }
    panic!("waited 20 s for {what}");
}

/// Waits `ms` milliseconds of real time: a pause between looks in [`wait_until`].
async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn element<T: wasm_bindgen::JsCast>(host: &web_sys::HtmlElement, selector: &str) -> T {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn fire(target: &web_sys::EventTarget, kind: &str) {
    target
        .dispatch_event(&web_sys::Event::new(kind).unwrap())
        .unwrap();
}

/// Waits until the view in `host` is whole: its sections after the lead are built in a task of
/// their own (`data-built` on the article); a page without a view (the 404) has nothing to wait for.
async fn wait_for_the_view(host: &web_sys::HtmlElement) {
    wait_until("the view's sections", || {
        host.query_selector("article.view[data-view]:not([data-built])")
            .ok()
            .flatten()
            .is_none()
    })
    .await;
}

/// Opens the Walls view's group of assumptions that holds the parameter with address key `key`
/// and waits for its controls, which are built when a group is first opened.
async fn open_param_group(host: &web_sys::HtmlElement, key: &str) {
    let group: web_sys::HtmlDetailsElement =
        element(host, &format!("details.param-group[data-params~='{key}']"));
    group.set_open(true);
    let control = format!("#param-{key}");
    wait_until(&format!("the controls of the group of {key}"), || {
        host.query_selector(&control).unwrap().is_some()
    })
    .await;
}

/// Mounts the whole app at `path_and_query` in a fresh element.
async fn mount_app_at(
    path_and_query: &str,
) -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable>,
) {
    go_to(path_and_query);
    let host = fresh_host();
    let handle = leptos::mount::mount_to(host.clone(), firstwall_app::App);
    settle().await;
    wait_for_the_view(&host).await;
    (host, handle)
}

#[wasm_bindgen_test]
async fn app_mounts_navigates_and_shows_404() {
    go_to("/");
    let host = fresh_host();
    let handle = leptos::mount::mount_to(host.clone(), firstwall_app::App);
    settle().await;

    assert_eq!(text_of(&host, "h1"), ViewId::Walls.title());
    assert_eq!(
        document().title(),
        format!("{} — First Wall", ViewId::Walls.title())
    );
    let links = host.query_selector_all(".site-nav a").unwrap();
    assert_eq!(links.length(), 7);
    assert_eq!(text_of(&host, ".site-nav a[aria-current='page']"), "Walls");
    // The Walls view shows the model's answer, not a hard-coded figure.
    let first = firstwall_model::project(&firstwall_model::Scenario::preset(
        firstwall_model::PresetId::DEFAULT,
    ))
    .first_wall
    .unwrap();
    let expected = format!(
        "First wall: {} — in {:.0}",
        first.wall.label(),
        first.year.floor()
    );
    let headline = text_of(&host, ".verdict-headline");
    assert!(headline.starts_with(&expected), "{headline} vs {expected}");

    // Clicking a navigation link routes without reloading.
    let claims: web_sys::HtmlElement = host
        .query_selector(".site-nav a[href='/claims']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    claims.click();
    settle().await;
    assert_eq!(window().location().pathname().unwrap(), "/claims");
    assert_eq!(text_of(&host, "h1"), ViewId::Claims.title());
    assert_eq!(text_of(&host, ".site-nav a[aria-current='page']"), "Claims");

    drop(handle);
    go_to("/no-such-view");
    let host = fresh_host();
    let handle = leptos::mount::mount_to(host.clone(), firstwall_app::App);
    settle().await;
    assert_eq!(text_of(&host, "h1"), "Page not found");
    assert!(text_of(&host, ".lede").contains("/no-such-view"));
    drop(handle);
    go_to("/");
}

#[wasm_bindgen_test]
async fn theme_switch_applies_and_remembers() {
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item(THEME_STORAGE_KEY).unwrap();
    let host = fresh_host();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        view! { <firstwall_app::ui::ThemeSwitch initial=ThemeChoice::System /> }
    });
    let select: web_sys::HtmlSelectElement = host
        .query_selector("select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let root = document().document_element().unwrap();

    let choose = |value: &str| {
        select.set_value(value);
        let event = web_sys::Event::new("change").unwrap();
        select.dispatch_event(&event).unwrap();
    };

    choose("dark");
    settle().await;
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(
        storage.get_item(THEME_STORAGE_KEY).unwrap().as_deref(),
        Some("dark")
    );
    assert_eq!(ThemeChoice::stored(), ThemeChoice::Dark);

    choose("light");
    settle().await;
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("light"));

    choose("system");
    settle().await;
    assert_eq!(root.get_attribute("data-theme"), None);
    assert_eq!(storage.get_item(THEME_STORAGE_KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn panic_banner_replaces_a_dead_page() {
    let app = fresh_host();
    app.set_id("app");
    firstwall_app::shell::panic_banner::show_banner("index out of bounds (a test)");
    let banner = document()
        .get_element_by_id(firstwall_app::shell::panic_banner::PANIC_BANNER_ID)
        .expect("the banner is shown");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner
        .text_content()
        .unwrap()
        .contains("index out of bounds (a test)"));
    assert_eq!(banner.query_selector_all("a").unwrap().length(), 2);
    // Links the dead router must not intercept: the browser loads them afresh.
    assert_eq!(
        banner
            .query_selector_all("a[target='_self']")
            .unwrap()
            .length(),
        2
    );
    assert!(app.has_attribute("inert"), "the dead app is made inert");
    // A second panic does not stack a second banner.
    firstwall_app::shell::panic_banner::show_banner("again");
    assert_eq!(
        document()
            .query_selector_all(".panic-banner")
            .unwrap()
            .length(),
        1
    );
    banner.remove();
    app.remove();
}

/// The sweep kernel's phase diagram through WebGPU (SwiftShader in headless Chromium) agrees
/// with the model cell by cell: the app's GPU check.
#[wasm_bindgen_test]
async fn webgpu_compute_matches_the_model() {
    let gpu = firstwall_gpu::GpuContext::new()
        .await
        .expect("WebGPU adapter (webdriver.json passes --enable-unsafe-webgpu)");
    assert_eq!(gpu.adapter().backend, "BrowserWebGpu");
    let agreement = gpu
        .check_against_model(&firstwall_gpu::GridCheck::square(4096))
        .await
        .unwrap();
    assert_eq!(agreement.cells, 4096);
    assert!(agreement.agrees(), "{agreement:?}");
    assert!(
        agreement.max_diff_years <= firstwall_gpu::CELL_YEAR_TOLERANCE,
        "{agreement:?}"
    );
}

/// The Optimization view's button runs that check on the page's GPU context and says what it
/// compared, in the DOM the end-to-end test reads.
#[wasm_bindgen_test]
async fn the_gpu_check_on_the_engine_view_agrees() {
    let (host, handle) = mount_app_at("/engine").await;
    let button: web_sys::HtmlElement = element(&host, "#gpu-check-run");
    button.click();
    wait_until("the GPU check's verdict", || {
        host.query_selector("#gpu-check-result [data-gpu]")
            .unwrap()
            .is_some()
    })
    .await;
    let facts: web_sys::Element = element(&host, "#gpu-check-result [data-gpu]");
    let text = facts.text_content().unwrap_or_default();
    assert_eq!(
        facts.get_attribute("data-gpu").as_deref(),
        Some("agree"),
        "{text}"
    );
    for want in ["BrowserWebGpu", "Cells compared4,096", "GPU and CPU agree"] {
        assert!(text.contains(want), "{want}: {text}");
    }
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_slider_moves_the_verdict() {
    let (host, handle) = mount_app_at("/").await;
    assert!(text_of(&host, ".verdict-headline").starts_with("First wall: Power"));
    // A group's controls are built when it is first opened.
    assert!(host.query_selector("#param-pk").unwrap().is_none());
    open_param_group(&host, "pk").await;
    // The largest campus to the top of its track: power stops being the first wall.
    let slider: web_sys::HtmlInputElement = element(&host, "#param-pk");
    slider.set_value("1000");
    fire(&slider, "input");
    settle().await;
    let headline = text_of(&host, ".verdict-headline");
    assert!(!headline.starts_with("First wall: Power"), "{headline}");
    assert!(text_of(&host, "[data-param='power.campus_gw_2026'] .param-value").ends_with("GW"));
    // Reset brings power back.
    let reset: web_sys::HtmlElement =
        element(&host, "[data-param='power.campus_gw_2026'] .link-button");
    reset.click();
    settle().await;
    assert!(text_of(&host, ".verdict-headline").starts_with("First wall: Power"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn exact_entry_refuses_nonsense_and_keeps_a_sane_state() {
    let (host, handle) = mount_app_at("/").await;
    open_param_group(&host, "pk").await;
    let entry: web_sys::HtmlInputElement = element(&host, "#entry-pk");
    entry.set_value("lots");
    fire(&entry, "change");
    settle().await;
    assert!(
        text_of(&host, "[data-param='power.campus_gw_2026'] .param-error")
            .contains("must be a number (GW), got `lots`")
    );
    entry.set_value("99999");
    fire(&entry, "change");
    settle().await;
    assert!(
        text_of(&host, "[data-param='power.campus_gw_2026'] .param-error")
            .contains("must be between 0.001 and 10000 GW")
    );
    assert!(
        text_of(&host, ".verdict-headline").starts_with("First wall: Power"),
        "unchanged"
    );
    entry.set_value("45");
    fire(&entry, "change");
    settle().await;
    assert!(host
        .query_selector("[data-param='power.campus_gw_2026'] .param-error")
        .unwrap()
        .is_none());
    assert_eq!(
        text_of(&host, "[data-param='power.campus_gw_2026'] .param-value"),
        "45 GW"
    );
    drop(handle);
}

/// UX audit B3: a value outside the sources' range is allowed and flagged where it is set, on the
/// number in the verdict's sentence, and in the verdict.
#[wasm_bindgen_test]
async fn values_outside_the_sources_range_are_flagged() {
    let spec = firstwall_model::ParamId::DemandGrowth.spec();
    let (host, handle) = mount_app_at(&format!("/?{}={}", spec.key, spec.high * 2.0)).await;
    let flags = text_of(&host, "#verdict-flags");
    assert!(flags.contains(spec.label), "{flags}");
    assert!(flags.contains("is above the sources' range"), "{flags}");
    open_param_group(&host, spec.key).await;
    let control = text_of(
        &host,
        &format!(".param[data-param='{}'] .param-flag", spec.id),
    );
    assert!(control.contains("is above the sources' range"), "{control}");
    let scrub: web_sys::Element = element(&host, &format!(".scrub[data-param='{}']", spec.id));
    assert!(scrub.class_list().contains("implausible"));
    drop(handle);
    go_to("/");
    // The default scenario flags nothing.
    let (host, handle) = mount_app_at("/").await;
    assert!(host.query_selector("#verdict-flags").unwrap().is_none());
    open_param_group(&host, spec.key).await;
    assert!(host.query_selector(".param-flag").unwrap().is_none());
    drop(handle);
    go_to("/");
}

/// UX audit B4: the open wall's details follow the first wall when the scenario moves it, until
/// the visitor opens another wall.
#[wasm_bindgen_test]
async fn the_open_wall_follows_the_first_wall_until_the_visitor_picks_one() {
    let (host, handle) = mount_app_at("/").await;
    let first = |preset| {
        firstwall_model::project(&firstwall_model::Scenario::preset(preset))
            .first_wall
            .map(|binding| binding.wall.label())
            .unwrap_or_default()
    };
    use firstwall_model::PresetId;
    assert_eq!(
        text_of(&host, "#wall-details-title"),
        first(PresetId::DEFAULT)
    );
    let select: web_sys::HtmlSelectElement = element(&host, "#preset-select");
    select.set_value("source-2025");
    fire(&select, "change");
    settle().await;
    let moved = first(PresetId::Source2025);
    assert_ne!(
        moved,
        first(PresetId::DEFAULT),
        "the presets must differ for this test"
    );
    assert_eq!(text_of(&host, "#wall-details-title"), moved);
    // The visitor opens another wall: it stays open when the first wall moves again.
    // The walls are SVG groups with button roles: a click event, as a pointer sends.
    let data: web_sys::Element = element(&host, ".wall[data-wall='data']");
    fire(&data, "click");
    settle().await;
    assert_eq!(text_of(&host, "#wall-details-title"), "Data");
    select.set_value(PresetId::DEFAULT.id());
    fire(&select, "change");
    settle().await;
    assert_eq!(text_of(&host, "#wall-details-title"), "Data");
    drop(handle);
    go_to("/");
}

#[wasm_bindgen_test]
async fn switching_presets_and_comparing_them() {
    let (host, handle) = mount_app_at("/").await;
    let select: web_sys::HtmlSelectElement = element(&host, "#preset-select");
    select.set_value("source-2025");
    fire(&select, "change");
    settle().await;
    assert!(
        text_of(&host, ".verdict-headline").starts_with("First wall: Memory & Network — in 2024")
    );
    let compare: web_sys::HtmlSelectElement = element(&host, "#compare-select");
    compare.set_value("epoch-2030");
    fire(&compare, "change");
    settle().await;
    let why = text_of(&host, ".compare-why");
    assert!(
        why.contains("Source diagrams (2025) hits Memory & Network, in 2024"),
        "{why}"
    );
    assert!(
        why.contains("Epoch AI 2030 (2024) hits Power, in 2029"),
        "{why}"
    );
    assert!(text_of(&host, "#comparison")
        .contains("Run size where data movement starts to cut utilization"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn the_scenario_round_trips_through_the_address() {
    let (host, handle) = mount_app_at("/").await;
    let select: web_sys::HtmlSelectElement = element(&host, "#preset-select");
    select.set_value("pessimistic");
    fire(&select, "change");
    let lever: web_sys::HtmlInputElement = element(&host, "#lever-fp4");
    lever.set_checked(true);
    fire(&lever, "change");
    open_param_group(&host, "g").await;
    let entry: web_sys::HtmlInputElement = element(&host, "#entry-g");
    entry.set_value("4.5");
    fire(&entry, "change");
    settle().await;
    let headline = text_of(&host, ".verdict-headline");
    // The address is rewritten a moment after the last change.
    wait_until("the address to follow the last change", || {
        let search = window().location().search().unwrap_or_default();
        search.contains("g=4.5") && search.contains("l=fp4")
    })
    .await;
    let search = window().location().search().unwrap();
    // The open wall follows the first wall (UX audit B4), so the link needs no `w`.
    assert_eq!(search, "?v=2&p=pessimistic&g=4.5&l=fp4");
    drop(handle);

    // A fresh page at that address shows the same answer.
    let (host, handle) = mount_app_at(&format!("/{search}")).await;
    assert_eq!(text_of(&host, ".verdict-headline"), headline);
    let lever: web_sys::HtmlInputElement = element(&host, "#lever-fp4");
    assert!(lever.checked());
    assert!(host.query_selector("#notices").unwrap().is_none());
    drop(handle);
    go_to("/");
}

#[wasm_bindgen_test]
async fn a_bad_address_gives_notices_and_a_working_page() {
    let (host, handle) = mount_app_at("/?v=2&pk=lots&u=7&zz=1&pd=8&p=utopia").await;
    let notices = text_of(&host, "#notices");
    assert!(
        notices.contains("sets `pd`, which First Wall's model v2 no longer has"),
        "{notices}"
    );
    assert!(notices.contains("= `lots`: not a number"), "{notices}");
    assert!(notices.contains("it was set to 1"), "{notices}");
    assert!(notices.contains("unknown setting `zz`"), "{notices}");
    assert!(
        notices.contains("The preset `utopia` does not exist"),
        "{notices}"
    );
    assert!(text_of(&host, ".verdict-headline").starts_with("First wall:"));
    let dismiss: web_sys::HtmlElement = element(&host, "#notices button");
    dismiss.click();
    settle().await;
    assert!(host.query_selector("#notices").unwrap().is_none());
    drop(handle);
    go_to("/");
}

#[wasm_bindgen_test]
async fn scrubbing_with_the_keyboard_and_opening_a_wall() {
    let (host, handle) = mount_app_at("/").await;
    let growth: web_sys::HtmlElement =
        element(&host, ".scrub[data-param='demand.growth_per_year']");
    assert_eq!(growth.get_attribute("role").as_deref(), Some("slider"));
    let before: f64 = growth
        .get_attribute("aria-valuenow")
        .unwrap()
        .parse()
        .unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    growth
        .dispatch_event(
            &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
    settle().await;
    let after: f64 = growth
        .get_attribute("aria-valuenow")
        .unwrap()
        .parse()
        .unwrap();
    assert!(after > before, "{before} → {after}");
    // UX audit: pressing the number focuses it, so the keys work after a press.
    growth.blur().unwrap();
    let press = web_sys::PointerEventInit::new();
    press.set_bubbles(true);
    growth
        .dispatch_event(
            &web_sys::PointerEvent::new_with_event_init_dict("pointerdown", &press).unwrap(),
        )
        .unwrap();
    let focused = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .and_then(|element| element.get_attribute("data-param"));
    assert_eq!(focused.as_deref(), Some("demand.growth_per_year"));
    growth
        .dispatch_event(&web_sys::PointerEvent::new("pointerup").unwrap())
        .unwrap();

    // The first wall's details are open at first; selecting another wall shows its mechanism.
    assert_eq!(text_of(&host, "#wall-details-title"), "Power");
    let data: web_sys::HtmlElement = element(&host, ".wall[data-wall='data']");
    data.dispatch_event(&web_sys::MouseEvent::new("click").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(text_of(&host, "#wall-details-title"), "Data");
    assert!(text_of(&host, "#wall-details .formula").starts_with("C = 6 · f · D² / r"));
    drop(handle);
    go_to("/");
}

#[wasm_bindgen_test]
async fn the_chart_has_a_table_one_click_away() {
    let (host, handle) = mount_app_at("/").await;
    assert!(host
        .query_selector("#trajectory-chart svg")
        .unwrap()
        .is_some());
    let toggle: web_sys::HtmlElement = element(&host, "#trajectory-chart-table-toggle");
    toggle.click();
    settle().await;
    let table = text_of(&host, "#trajectory-table");
    assert!(table.contains("2040"));
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn the_data_center_flags_racks_it_cannot_cool() {
    let (host, handle) = mount_app_at("/datacenter").await;
    assert_eq!(text_of(&host, "h1"), ViewId::Datacenter.title());
    assert!(text_of(&host, "#cooling-verdict").starts_with("Cooling works"));
    let accelerator: web_sys::HtmlSelectElement = element(&host, "#param-acc");
    accelerator.set_value("gb200");
    fire(&accelerator, "change");
    let cooling: web_sys::HtmlSelectElement = element(&host, "#param-cool");
    cooling.set_value("air");
    fire(&cooling, "change");
    settle().await;
    let verdict: web_sys::HtmlElement = element(&host, "#cooling-verdict");
    assert_eq!(verdict.get_attribute("role").as_deref(), Some("alert"));
    assert!(verdict
        .text_content()
        .unwrap()
        .contains("GB200 NVL72 is designed for liquid cooling only (132 kW racks)"));
    assert!(text_of(&host, "[data-link='cooling']").contains("air cannot remove it"));
    // UX audit B5: what assumes the site runs is marked, and the frontier's first wall is told
    // apart from this site.
    assert!(text_of(&host, "#dc-walls").starts_with("This site cannot run as designed"));
    assert!(
        text_of(&host, "#dc-walls").contains("For the frontier, with data centers like this one")
    );
    let moot = host
        .query_selector_all("#dc-facts dd.moot")
        .unwrap()
        .length();
    assert_eq!(
        moot, 6,
        "energy, water, CO₂, energy cost, generation, training compute"
    );
    assert!(text_of(&host, "#dc-facts").contains("Water in a year (if it ran)"));
    // With liquid cooling it runs: nothing is marked.
    cooling.set_value("direct-liquid");
    fire(&cooling, "change");
    settle().await;
    assert_eq!(
        host.query_selector_all("#dc-facts .moot").unwrap().length(),
        0
    );
    assert!(!text_of(&host, "#dc-walls").contains("cannot run"));
    drop(handle);
    go_to("/");
}
