//! How much the pen's strokes are slowed down to be seen.

/// Pen strokes shown per second at normal speed; the real pen is slowed by `hz / this`.
pub const SHOWN_STROKES_PER_S: f64 = 5.0;

/// How many times slower than life the pen's strokes are drawn.
pub fn slow_motion_factor(hz: f64, speed: f64) -> f64 {
    hz / (SHOWN_STROKES_PER_S * speed.max(0.01))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slow_motion_factor_follows_frequency_and_speed() {
        assert_eq!(slow_motion_factor(100.0, 1.0), 20.0);
        assert_eq!(slow_motion_factor(100.0, 2.0), 10.0);
        assert!(slow_motion_factor(150.0, 0.5) > slow_motion_factor(150.0, 1.0));
        assert!(slow_motion_factor(100.0, 0.0).is_finite());
    }
}
