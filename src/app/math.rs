//! The few transcendental functions the view needs (the model keeps Rust's own): sine and cosine
//! for the pictures (a drum's needles, a roller's tilt, the needle face, the slide's fibres), arc
//! cosine for a roller needle's exit, log10 for orders of magnitude. In the browser they are
//! JavaScript's `Math`: Rust's come from libm, sine and cosine with their argument reduction and a
//! table of the digits of 2/π, about 5 KB of the download (docs/architecture.md, "Size by
//! structure"). Natively (the tests) Rust's.

/// sin `x` (radians).
pub fn sin(x: f64) -> f64 {
    imp::sin(x)
}

/// cos `x` (radians).
pub fn cos(x: f64) -> f64 {
    imp::cos(x)
}

/// arccos `x` (radians).
pub fn acos(x: f64) -> f64 {
    imp::acos(x)
}

/// log10 `x`.
pub fn log10(x: f64) -> f64 {
    imp::log10(x)
}

#[cfg(target_arch = "wasm32")]
mod imp {
    pub fn acos(x: f64) -> f64 {
        js_sys::Math::acos(x)
    }
    pub fn log10(x: f64) -> f64 {
        js_sys::Math::log10(x)
    }
    pub fn sin(x: f64) -> f64 {
        js_sys::Math::sin(x)
    }
    pub fn cos(x: f64) -> f64 {
        js_sys::Math::cos(x)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn acos(x: f64) -> f64 {
        x.acos()
    }
    pub fn log10(x: f64) -> f64 {
        x.log10()
    }
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
}
