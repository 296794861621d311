//! The seven views and the 404 page, each in its own module; their routes and words are in
//! [`crate::routes`].

mod claims;
mod datacenter;
mod deck;
mod engine;
mod human_loop;
mod memory;
mod not_found;
mod sweep;
mod walls;

pub use claims::ClaimsView;
pub use datacenter::DatacenterView;
pub use deck::ScrollDeck;
pub use engine::EngineView;
pub use human_loop::HumanLoopView;
pub use memory::MemoryView;
pub use not_found::NotFound;
pub use sweep::SweepView;
pub use walls::WallsView;
