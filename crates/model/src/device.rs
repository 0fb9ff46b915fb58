//! Needling devices and the settings each one allows (docs/science.md §1).

/// A kind of device (`device=` in the URL).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Device {
    /// Motorized pen: a cartridge stamping vertically at a set frequency.
    Pen,
    /// Professional dermaroller: a needle drum rolled across the skin.
    Roller,
    /// At-home roller: the same idea with short needles.
    HomeRoller,
    /// At-home stamp: a flat needle head pressed down by hand.
    HomeStamp,
}

/// An inclusive range with a default inside it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    pub min: f64,
    pub max: f64,
    pub default: f64,
}

impl Span {
    pub const fn new(min: f64, default: f64, max: f64) -> Span {
        Span { min, max, default }
    }

    pub fn contains(&self, v: f64) -> bool {
        (self.min..=self.max).contains(&v)
    }

    pub fn clamp(&self, v: f64) -> f64 {
        v.clamp(self.min, self.max)
    }
}

/// What a device can be set to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DeviceLimits {
    /// Nominal needle length, mm.
    pub depth_mm: Span,
    /// Needles per cartridge, drum or stamp head.
    pub needles: Span,
    /// Passes over the same patch (stamps: presses on one spot).
    pub passes: Span,
    /// Stroke frequency, Hz (pens only).
    pub hz: Option<Span>,
    /// Glide speed, cm/s (pens only).
    pub glide_cm_s: Option<Span>,
    /// Hand pressure, relative to a normal press (hand tools only).
    pub pressure: Option<Span>,
}

/// Relative hand pressure: 1 is a normal press; the model's depth scales with it [E].
pub const PRESSURE: Span = Span::new(0.5, 1.0, 1.5);
/// Pen stroke frequency, Hz: 50–150 (Exceed 100–150; Dermapen up to 90, later 110).
pub const PEN_HZ: Span = Span::new(50.0, 100.0, 150.0);
/// Pen glide speed, cm/s [E].
pub const PEN_GLIDE: Span = Span::new(0.5, 2.0, 5.0);

impl Device {
    pub const ALL: [Device; 4] = [
        Device::Pen,
        Device::Roller,
        Device::HomeRoller,
        Device::HomeStamp,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Device::Pen => "pen",
            Device::Roller => "roller",
            Device::HomeRoller => "home-roller",
            Device::HomeStamp => "home-stamp",
        }
    }

    pub fn from_key(s: &str) -> Option<Device> {
        Device::ALL.into_iter().find(|d| d.key() == s)
    }

    pub fn is_home(self) -> bool {
        matches!(self, Device::HomeRoller | Device::HomeStamp)
    }

    /// Defaults and ranges from docs/science.md §1 ("Defaults").
    pub fn limits(self) -> DeviceLimits {
        match self {
            // Pens: 0.25–2.5 mm (Dermapen), 3.0 mm (Dermapen 4); 6–42 needles; 50–150 Hz.
            Device::Pen => DeviceLimits {
                depth_mm: Span::new(0.25, 1.0, 3.0),
                needles: Span::new(6.0, 12.0, 42.0),
                passes: Span::new(1.0, 3.0, 8.0),
                hz: Some(PEN_HZ),
                glide_cm_s: Some(PEN_GLIDE),
                pressure: None,
            },
            // Dermaroller MF8: 192 needles of 1.5 mm; rollers up to 540 needles; 1–20 passes.
            Device::Roller => DeviceLimits {
                depth_mm: Span::new(0.2, 1.5, 2.5),
                needles: Span::new(192.0, 192.0, 540.0),
                passes: Span::new(1.0, 15.0, 20.0),
                hz: None,
                glide_cm_s: None,
                pressure: Some(PRESSURE),
            },
            // At home: 0.25 mm (0.13–0.5); 192–540 needles. Passes are an estimate [E].
            Device::HomeRoller => DeviceLimits {
                depth_mm: Span::new(0.13, 0.25, 0.5),
                needles: Span::new(192.0, 192.0, 540.0),
                passes: Span::new(1.0, 4.0, 20.0),
                hz: None,
                glide_cm_s: None,
                pressure: Some(PRESSURE),
            },
            // Stamps: no figure in the sources; needle count and presses are estimates [E].
            Device::HomeStamp => DeviceLimits {
                depth_mm: Span::new(0.13, 0.25, 0.5),
                needles: Span::new(9.0, 36.0, 140.0),
                passes: Span::new(1.0, 3.0, 10.0),
                hz: None,
                glide_cm_s: None,
                pressure: Some(PRESSURE),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_lies_in_its_range() {
        for d in Device::ALL {
            let l = d.limits();
            let spans = [
                Some(l.depth_mm),
                Some(l.needles),
                Some(l.passes),
                l.hz,
                l.glide_cm_s,
                l.pressure,
            ];
            for s in spans.into_iter().flatten() {
                assert!(s.min <= s.default && s.default <= s.max, "{d:?} {s:?}");
            }
            assert_eq!(Device::from_key(d.key()), Some(d));
        }
    }

    #[test]
    fn home_tools_stay_shallow() {
        assert!(Device::HomeRoller.limits().depth_mm.max <= 0.5);
        assert!(Device::Pen.limits().depth_mm.max > 2.0);
    }
}
