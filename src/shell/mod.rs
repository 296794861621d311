//! What every view stands in: the router, the live address and its permalinks, presentation mode,
//! export, the theme and the panic banner. The shell knows the state and the routes, never a view.

pub mod export;
pub mod first_paint;
pub mod links;
pub mod only;
pub mod panic_banner;
pub mod present;
pub mod router;
pub mod speaker;
pub mod stage;
pub mod theme;
