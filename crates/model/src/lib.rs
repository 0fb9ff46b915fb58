//! The science, as plain Rust: no Leptos, no web APIs, no drawing. Tested natively with `cargo test`.

pub mod absorption;
pub mod channels;
pub mod closure;
pub mod collagen;
pub mod compare;
pub mod days_after;
pub mod device;
pub mod healing;
pub mod journey;
pub mod permeation;
pub mod random;
pub mod risk;
pub mod serum;
pub mod skin;
pub mod sources;
pub mod units;
pub mod warnings;
