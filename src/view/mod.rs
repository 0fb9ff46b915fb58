//! The Leptos view: reads settings and the model, draws them. No science is computed here.

pub mod absorption;
pub mod app;
pub mod chart;
pub mod clock;
pub mod collagen;
pub mod compare;
pub mod data_table;
pub mod device;
pub mod device_controls;
pub mod field;
pub mod fill;
pub mod learn;
pub mod live_region;
pub mod names;
pub mod notice;
pub mod panic_notice;
pub mod readout;
pub mod shell;
pub mod slider;
pub mod state;
pub mod text;
pub mod time_controls;
pub mod treatment;
