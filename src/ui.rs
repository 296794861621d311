//! Components shared by the views. One component per file; the file is named after it.

mod gpu_check;
mod site_footer;
mod site_header;
mod theme_switch;
mod view_page;

pub use gpu_check::GpuCheck;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use theme_switch::ThemeSwitch;
pub use view_page::ViewPage;
