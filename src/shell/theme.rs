//! Light, dark, or whatever the system prefers; the choice is remembered in `localStorage`.
//!
//! The colours themselves live in `style/main.css` (`light-dark()`); this module only sets the
//! `data-theme` attribute on `<html>` that pins one scheme. `index.html` applies the stored choice
//! before the first paint, so a dark-theme visitor never sees a white flash.

/// The `localStorage` key. Keep in sync with the inline script in `index.html`.
pub const THEME_STORAGE_KEY: &str = "firstwall.theme";

/// The visitor's choice of colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Follow the operating system (`prefers-color-scheme`).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in the order the switch lists them.
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];

    /// The stored and attribute form: `system`, `light` or `dark`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    /// The label the switch shows.
    pub fn label(self) -> &'static str {
        match self {
            Self::System => "System",
            Self::Light => "Light",
            Self::Dark => "Dark",
        }
    }

    /// Parses the stored form; anything else is `None`.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|choice| choice.as_str() == text)
    }

    /// The remembered choice, or [`ThemeChoice::System`] when there is none or storage is blocked.
    pub fn stored() -> Self {
        storage()
            .and_then(|storage| storage.get_item(THEME_STORAGE_KEY).ok().flatten())
            .and_then(|text| Self::parse(&text))
            .unwrap_or_default()
    }

    /// An embed's scheme, from its `theme` flag (`light`, `dark` or `auto`): light unless the
    /// embed asks otherwise, so that a light blog stays light whatever its reader's system
    /// prefers, and never the stored choice (the page is the host's). The same rule is applied
    /// before the first paint in `public/boot.js`.
    pub fn for_embed(flag: Option<&str>) -> Self {
        match flag {
            Some("dark") => Self::Dark,
            Some("auto") => Self::System,
            _ => Self::Light,
        }
    }

    /// Remembers the choice. Storage may be disabled (private mode, blocked site data); the theme
    /// then still applies for this visit.
    pub fn store(self) {
        if let Some(storage) = storage() {
            let result = match self {
                Self::System => storage.remove_item(THEME_STORAGE_KEY),
                other => storage.set_item(THEME_STORAGE_KEY, other.as_str()),
            };
            // Nothing to do if storage refuses: the choice holds for this visit.
            result.ok();
        }
    }
}

/// Sets `data-theme` on `<html>` (or removes it, to follow the system).
pub fn apply(choice: ThemeChoice) {
    let Some(root) = leptos::prelude::document().document_element() else {
        return;
    };
    // Setting an attribute on <html> cannot fail in practice; if it did, the system theme stays.
    let result = match choice {
        ThemeChoice::System => root.remove_attribute("data-theme"),
        other => root.set_attribute("data-theme", other.as_str()),
    };
    result.ok();
}

fn storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().local_storage().ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embed_is_light_unless_it_asks() {
        assert_eq!(ThemeChoice::for_embed(None), ThemeChoice::Light);
        assert_eq!(ThemeChoice::for_embed(Some("light")), ThemeChoice::Light);
        assert_eq!(ThemeChoice::for_embed(Some("dark")), ThemeChoice::Dark);
        assert_eq!(ThemeChoice::for_embed(Some("auto")), ThemeChoice::System);
        assert_eq!(ThemeChoice::for_embed(Some("blue")), ThemeChoice::Light);
    }

    #[test]
    fn stored_form_round_trips() {
        for choice in ThemeChoice::ALL {
            assert_eq!(ThemeChoice::parse(choice.as_str()), Some(choice));
        }
    }

    #[test]
    fn unknown_stored_values_are_rejected() {
        assert_eq!(ThemeChoice::parse("sepia"), None);
        assert_eq!(ThemeChoice::parse(""), None);
        assert_eq!(ThemeChoice::parse("Dark"), None);
    }
}
