//! The evidence map's widgets: the chart, the panel of studies behind a mark, the legend and
//! the same map as a table.

pub mod chart;
pub mod details;
pub mod legend;
pub mod table;
