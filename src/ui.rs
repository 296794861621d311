//! Components shared by the views. One component per file; the file is named after it.

mod gpu_check;
mod notices;
mod param_control;
pub mod scale;
mod scrub_number;
mod site_footer;
mod site_header;
mod source_link;
mod theme_switch;
mod view_page;

pub use gpu_check::GpuCheck;
pub use notices::Notices;
pub use param_control::ParamControl;
pub use scrub_number::ScrubNumber;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use source_link::SourceLink;
pub use theme_switch::ThemeSwitch;
pub use view_page::ViewPage;
