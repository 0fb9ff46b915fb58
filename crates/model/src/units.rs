//! Lengths with their unit in the type, so micrometres and millimetres never mix silently.

use std::ops::{Add, Sub};

/// A length in micrometres (µm): the scale of the epidermis.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Um(pub f64);

/// A length in millimetres (mm): the scale of needles and the dermis.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Mm(pub f64);

impl Um {
    pub fn to_mm(self) -> Mm {
        Mm(self.0 / 1000.0)
    }
}

impl Mm {
    pub fn to_um(self) -> Um {
        Um(self.0 * 1000.0)
    }
}

impl From<Um> for Mm {
    fn from(v: Um) -> Self {
        v.to_mm()
    }
}

impl From<Mm> for Um {
    fn from(v: Mm) -> Self {
        v.to_um()
    }
}

macro_rules! arithmetic {
    ($t:ident) => {
        impl Add for $t {
            type Output = $t;
            fn add(self, o: $t) -> $t {
                $t(self.0 + o.0)
            }
        }
        impl Sub for $t {
            type Output = $t;
            fn sub(self, o: $t) -> $t {
                $t(self.0 - o.0)
            }
        }
    };
}
arithmetic!(Um);
arithmetic!(Mm);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_both_ways() {
        assert_eq!(Um(1500.0).to_mm(), Mm(1.5));
        assert_eq!(Mm(0.015).to_um(), Um(15.0));
        assert!(((Mm(0.3) + Um(60.0).into()).0 - 0.36).abs() < 1e-12);
    }
}
