// Applies a remembered theme before the first paint, so a dark-theme visitor never sees a white
// flash. Kept in sync with `THEME_STORAGE_KEY` in src/shell/theme.rs. Storage may be missing or
// refused (a sandboxed frame throws SecurityError): then the system's theme holds.
try {
  var theme = localStorage.getItem("firstwall.theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch (e) {}
