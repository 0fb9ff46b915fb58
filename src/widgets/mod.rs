//! Parts that several screens use: the chart and its table, bullet sections, the studies tables,
//! readouts, sliders, drop-downs, the device controls, the time controls, the copy button, the live
//! region, and steady label sizes inside SVG pictures.

pub mod bullets;
pub mod card_table;
pub mod chart;
pub mod choice;
pub mod copy;
pub mod data_table;
pub mod device_controls;
pub mod live_region;
pub mod readout;
pub mod slider;
pub mod steady_labels;
pub mod time_controls;
