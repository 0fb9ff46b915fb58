//! The science, as plain Rust: no Leptos, no web APIs, no drawing. Tested natively with `cargo test`.

pub mod channels;
pub mod collagen;
pub mod device;
pub mod healing;
pub mod journey;
pub mod random;
pub mod serum;
pub mod skin;
pub mod sources;
pub mod units;
pub mod warnings;
