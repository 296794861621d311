//! The one table of the address's keys that are not parameters, and who owns each.
//!
//! A parameter's key comes from the model's registry ([`firstwall_model::param::Param::key`]);
//! every other key is listed here once. The scenario and the sweep's settings hold on every view;
//! a view's key is dropped when the visitor moves to another view; a flag changes how the page is
//! shown, not what it computes, and stays in the address as it came.

use crate::routes::ViewId;

/// Who reads a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// The scenario's version, preset or levers ([`super::scenario`]).
    Scenario,
    /// The sweep's settings ([`super::sweep`]).
    Sweep,
    /// One view's own state (the open wall, the roofline's chip).
    View(ViewId),
    /// How the page is shown: embedded, presenting, a test's switch.
    Flag,
}

/// A key of the address.
#[derive(Clone, Copy, Debug)]
pub struct Key {
    /// As it appears in the address.
    pub name: &'static str,
    /// Who reads it.
    pub owner: Owner,
}

const fn key(name: &'static str, owner: Owner) -> Key {
    Key { name, owner }
}

/// Every key that is not a parameter's. No parameter may use one of these names.
pub const KEYS: &[Key] = &[
    key("v", Owner::Scenario),
    key("p", Owner::Scenario),
    key("l", Owner::Scenario),
    key("sn", Owner::Sweep),
    key("ss", Owner::Sweep),
    key("se", Owner::Sweep),
    key("gx", Owner::Sweep),
    key("gy", Owner::Sweep),
    key("gr", Owner::Sweep),
    key("w", Owner::View(ViewId::Walls)),
    key("predict", Owner::View(ViewId::Walls)),
    key("stage", Owner::View(ViewId::HumanLoop)),
    key("verdict", Owner::View(ViewId::Claims)),
    key("chip", Owner::View(ViewId::Memory)),
    key("llm", Owner::View(ViewId::Memory)),
    key("bpp", Owner::View(ViewId::Memory)),
    key("batch", Owner::View(ViewId::Memory)),
    key("ctx", Owner::View(ViewId::Memory)),
    key("dec", Owner::View(ViewId::Memory)),
    key("from", Owner::View(ViewId::Memory)),
    key("embed", Owner::Flag),
    key("theme", Owner::Flag),
    key("only", Owner::Flag),
    key("plain", Owner::Flag),
    key("static", Owner::Flag),
    key("transparent", Owner::Flag),
    key("present", Owner::Flag),
    key("debug", Owner::Flag),
    key("hide", Owner::Flag),
    key("lock", Owner::Flag),
];

/// The parts of a view a teacher's link can hide (`hide=questions,assumptions`), in the order the
/// page shows them. The style sheet hides each by the class named in `data-hide` on `<html>`.
pub const HIDEABLE: [&str; 6] = [
    "share",
    "questions",
    "details",
    "chart",
    "assumptions",
    "sources",
];

/// The parts named in a `hide` value that can be hidden, and the names that cannot.
pub fn hidden_parts(value: &str) -> (Vec<&'static str>, Vec<String>) {
    let mut parts = Vec::new();
    let mut unknown = Vec::new();
    for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match HIDEABLE.iter().find(|part| **part == name) {
            Some(part) if !parts.contains(part) => parts.push(*part),
            Some(_) => {}
            None => unknown.push(name.to_owned()),
        }
    }
    (parts, unknown)
}

/// Who reads `name`, if it is one of [`KEYS`] (`None`: a parameter's key, or unknown).
pub fn owner(name: &str) -> Option<Owner> {
    KEYS.iter().find(|k| k.name == name).map(|k| k.owner)
}

/// Whether `name` is one of `view`'s own keys.
pub fn is_view_key(name: &str, view: ViewId) -> bool {
    owner(name) == Some(Owner::View(view))
}

/// The flags' names, in the table's order.
pub fn flags() -> impl Iterator<Item = &'static str> {
    KEYS.iter()
        .filter(|k| k.owner == Owner::Flag)
        .map(|k| k.name)
}

#[cfg(test)]
mod hide_tests {
    use super::*;

    #[test]
    fn a_teachers_link_hides_known_parts_only() {
        let (parts, unknown) = hidden_parts("questions, assumptions,questions,nope,");
        assert_eq!(parts, ["questions", "assumptions"]);
        assert_eq!(unknown, ["nope"]);
        assert_eq!(hidden_parts(""), (vec![], vec![]));
    }
}

#[cfg(test)]
mod tests {
    use firstwall_model::ParamId;

    use super::*;

    #[test]
    fn every_key_is_listed_once() {
        for (at, k) in KEYS.iter().enumerate() {
            assert!(
                !KEYS[at + 1..].iter().any(|other| other.name == k.name),
                "{}",
                k.name
            );
        }
    }

    /// Every parameter's key and id are free of the table's keys, so every value round-trips (the
    /// precision speed-up once had `p`, the preset's key).
    #[test]
    fn parameter_keys_are_not_in_the_table() {
        for &id in ParamId::ALL {
            assert_eq!(owner(id.spec().key), None, "{}", id.spec().id);
            assert_eq!(owner(id.spec().id), None, "{}", id.spec().id);
        }
    }

    #[test]
    fn the_sweep_writes_only_its_own_keys() {
        let all = super::super::sweep::encode_all(&crate::state::SweepSettings::default());
        for pair in all {
            let (name, _) = pair.split_once('=').unwrap_or((&pair, ""));
            assert_eq!(owner(name), Some(Owner::Sweep), "{pair}");
        }
    }
}
