//! Components shared by the views. One component per file; the file is named after it.

mod chart_or_table;
mod evidence_badge;
mod export_menu;
mod gpu_check;
mod keyboard_help;
mod notices;
mod offline_status;
mod param_control;
mod run_controls;
pub mod scale;
mod scrub_number;
pub mod share_bar;
mod site_footer;
mod site_header;
mod source_link;
mod theme_switch;
mod view_page;

pub use chart_or_table::ChartOrTable;
pub use evidence_badge::EvidenceBadge;
pub use export_menu::{ExportMenu, TableFrom};
pub use gpu_check::GpuCheck;
pub use keyboard_help::KeyboardHelp;
pub use notices::Notices;
pub use offline_status::OfflineStatus;
pub use param_control::ParamControl;
pub use run_controls::{RunControls, RunState};
pub use scrub_number::ScrubNumber;
pub use share_bar::ShareBar;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use source_link::SourceLink;
pub use theme_switch::ThemeSwitch;
pub use view_page::ViewPage;
