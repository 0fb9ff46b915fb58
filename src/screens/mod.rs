//! One folder per screen, each holding the screen and its own parts.

pub mod absorption;
pub mod collagen;
pub mod compare;
pub mod learn;
pub mod treatment;
