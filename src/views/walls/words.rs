//! The words the Walls view uses for the model's results. Not components: shared phrasing; the
//! answer's own words are `firstwall_charts::words`, which the first paint uses too.

use firstwall_model::param::Group;
use firstwall_model::walls::WallId;

pub use firstwall_charts::words::*;

/// The parameter groups that shape a wall: its own, plus the run's length, utilization and
/// precision for the walls that count chips or watts.
pub fn groups_of(wall: WallId) -> &'static [Group] {
    match wall {
        WallId::Data => &[Group::Data],
        WallId::Software => &[Group::Software],
        WallId::Compute => &[Group::Compute, Group::Demand],
        WallId::MemoryNetwork => &[Group::MemoryNetwork],
        WallId::Power => &[Group::Power, Group::Datacenter, Group::Demand],
        WallId::Cooling => &[Group::Cooling, Group::Datacenter, Group::Demand],
    }
}
