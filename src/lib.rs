//! Microneedling Explorer: what microneedling does to skin, as an interactive, cited simulation.
//!
//! Data flows one way: URL query → [`app::settings`] → [`model`] → the [`screens`]. See
//! `docs/architecture.md`.

/// The science, from its own crate (`crates/model`): no web crate can reach it.
pub use model;

pub mod app;
pub mod features;
pub mod i18n;
pub mod screens;
pub mod widgets;
