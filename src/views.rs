//! The seven views and the 404 page, each in its own module; their routes and words are in
//! [`crate::routes`]. The app reaches a view only through [`split`], which gives each its own wasm
//! module in the web build.

mod claims;
mod datacenter;
mod deck;
mod engine;
mod human_loop;
mod memory;
mod not_found;
pub mod split;
mod sweep;
mod walls;

use claims::ClaimsView;
use datacenter::DatacenterView;
pub use deck::ScrollDeck;
use engine::EngineView;
use human_loop::HumanLoopView;
use memory::MemoryView;
pub use not_found::NotFound;
use sweep::SweepView;
use walls::WallsView;
