//! Every setting of the app, parsed from the URL query in this one place.
//!
//! Plain Rust: the view hands in the query's key/value pairs and gets back typed, clamped
//! settings plus a list of what had to be changed, which it shows in a polite notice.

use crate::app::number::parse_f64;
use crate::model::channels::{Setup, NEEDLE_DIAMETER_MM};
use crate::model::compare::{self, Goal};
use crate::model::device::{Device, Span, PEN_GLIDE, PEN_HZ, PRESSURE};
use crate::model::serum::Serum;
use crate::model::skin::{Region, SkinType};
use crate::model::units::Mm;

/// The five screens of the app, in navigation order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Treatment,
    Absorption,
    Collagen,
    Compare,
    Learn,
}

impl Screen {
    pub const ALL: [Screen; 5] = [
        Screen::Treatment,
        Screen::Absorption,
        Screen::Collagen,
        Screen::Compare,
        Screen::Learn,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Screen::Treatment => "treatment",
            Screen::Absorption => "absorption",
            Screen::Collagen => "collagen",
            Screen::Compare => "compare",
            Screen::Learn => "learn",
        }
    }

    pub fn from_key(s: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|x| x.key() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    Projector,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Projector];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Projector => "projector",
        }
    }

    pub fn from_key(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|x| x.key() == s)
    }

    /// The page background (`--bg` in style/main.css), which an accent must stand out from.
    pub fn background(self) -> Accent {
        match self {
            Theme::Light | Theme::Projector => Accent([0xff, 0xff, 0xff]),
            Theme::Dark => Accent([0x16, 0x14, 0x13]),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn key(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    pub fn from_key(s: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|x| x.key() == s)
    }
}

/// A brand colour, always `#rrggbb` once parsed: safe to hand to CSS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Accent([u8; 3]);

impl Accent {
    /// Accepts `#rgb`, `#rrggbb`, or either without the `#`; nothing else.
    pub fn parse(s: &str) -> Option<Accent> {
        let hex = s.strip_prefix('#').unwrap_or(s);
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        match hex.len() {
            3 => Some(Accent([digit(0)? * 17, digit(1)? * 17, digit(2)? * 17])),
            6 => {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Some(Accent([byte(0)?, byte(2)?, byte(4)?]))
            }
            _ => None,
        }
    }

    pub fn css(self) -> String {
        let [r, g, b] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// WCAG relative luminance.
    fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b] = self.0;
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    /// WCAG contrast ratio, 1 to 21.
    pub fn contrast(self, other: Accent) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// The brand colour, darkened (on a light page) or lightened (on a dark one) just enough to
    /// be read as text on `background` at WCAG AA (4.5:1): a clinic's pale yellow still works.
    pub fn readable_on(self, background: Accent) -> Accent {
        let toward = if background.luminance() > 0.18 {
            0.0
        } else {
            255.0
        };
        let mix = |k: f64| {
            Accent(
                self.0
                    .map(|c| (c as f64 + (toward - c as f64) * k).round() as u8),
            )
        };
        (0..=20)
            .map(|i| mix(i as f64 / 20.0))
            .find(|a| a.contrast(background) >= 4.5)
            .unwrap_or(mix(1.0))
    }

    /// Black or white, whichever reads better on this colour (at least 4.58:1 for any colour).
    pub fn text_on(self) -> Accent {
        let (black, white) = (Accent([0; 3]), Accent([0xff; 3]));
        if self.contrast(black) >= self.contrast(white) {
            black
        } else {
            white
        }
    }
}

/// The whole state of the app, as the URL describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub screen: Screen,
    pub device: Device,
    /// Nominal needle length, mm.
    pub depth_mm: f64,
    pub needles: u32,
    pub hz: f64,
    pub glide_cm_s: f64,
    pub passes: u32,
    pub pressure: f64,
    pub region: Region,
    pub serum: Serum,
    pub occluded: bool,
    pub hours: f64,
    pub sessions: u32,
    pub interval_weeks: u32,
    pub month: f64,
    /// The Compare screen's goal.
    pub goal: Goal,
    /// Fitzpatrick skin type (`skin=1..6`).
    pub skin: SkinType,
    /// `None`: follow the browser's language.
    pub lang: Option<Lang>,
    pub theme: Theme,
    pub accent: Option<Accent>,
    /// Screens shown in the navigation (never empty).
    pub screens: Vec<Screen>,
    pub embed: bool,
    pub reduce_motion: bool,
    /// Guided-tour step, from 1; 0 when no tour is running.
    pub tour: u32,
}

pub use crate::model::absorption::HOUR as HOURS;
pub use crate::model::collagen::{INTERVAL_WEEKS, MONTH, SESSIONS};
/// Steps of the guided tour: `screens::SCREENS` lists them with their screens, and a check there
/// fails the build if this number and that list disagree.
pub const TOUR_STEPS: u32 = 7;
pub const TOUR: Span = Span::new(0.0, 0.0, TOUR_STEPS as f64);
/// Fitzpatrick skin types I–VI, type III by default.
pub const SKIN: Span = Span::new(1.0, 3.0, 6.0);

/// Longest stretch of a bad value quoted back in the notice.
const QUOTE_MAX: usize = 32;

impl Default for Settings {
    fn default() -> Self {
        Settings::for_device(Device::Pen)
    }
}

impl Settings {
    /// Defaults, with the device's own defaults for the needle settings.
    pub fn for_device(device: Device) -> Settings {
        let l = device.limits();
        Settings {
            screen: Screen::ALL[0],
            device,
            depth_mm: l.depth_mm.default,
            needles: l.needles.default as u32,
            hz: l.hz.map_or(0.0, |s| s.default),
            glide_cm_s: l.glide_cm_s.map_or(0.0, |s| s.default),
            passes: l.passes.default as u32,
            pressure: l.pressure.map_or(1.0, |s| s.default),
            region: Region::Cheek,
            serum: Serum::HaLow,
            occluded: false,
            hours: HOURS.default,
            sessions: SESSIONS.default as u32,
            interval_weeks: INTERVAL_WEEKS.default as u32,
            month: MONTH.default,
            goal: Goal::FineLines,
            skin: SkinType::DEFAULT,
            lang: None,
            theme: Theme::Light,
            accent: None,
            screens: Screen::ALL.to_vec(),
            embed: false,
            reduce_motion: false,
            tour: 0,
        }
    }

    /// Switches device: the needle length stays if the new device allows it, else the new
    /// device's default (a pen's 1 mm does not become an at-home 0.5 mm, the riskiest setting).
    pub fn with_device(&self, device: Device) -> Settings {
        let fresh = Settings::for_device(device);
        let l = device.limits();
        Settings {
            device,
            depth_mm: if l.depth_mm.contains(self.depth_mm) {
                self.depth_mm
            } else {
                l.depth_mm.default
            },
            needles: fresh.needles,
            hz: fresh.hz,
            glide_cm_s: fresh.glide_cm_s,
            passes: fresh.passes,
            pressure: fresh.pressure,
            ..self.clone()
        }
    }
}

/// `base` with one Compare column's tool set up for a goal ([`compare::setup_for`]) and the
/// reference serum, covering, hour and month of the Compare readouts. Region, sessions and
/// interval stay as in `base`. Every value lies on the URL's ranges and steps, so its query opens
/// the single-tool screens on the same numbers.
pub fn for_compare(goal: Goal, device: Device, base: &Settings) -> Settings {
    let setup = compare::setup_for(goal, device);
    let mut s = base.with_device(device);
    s.depth_mm = setup.needle.0;
    s.passes = setup.passes;
    s.serum = compare::REFERENCE_SERUM;
    s.occluded = compare::REFERENCE_OCCLUDED;
    s.hours = compare::REFERENCE_HOURS;
    s.month = compare::REFERENCE_MONTH;
    s
}

impl Settings {
    /// The device settings as the channel model takes them.
    pub fn setup(&self) -> Setup {
        Setup {
            device: self.device,
            needle: Mm(self.depth_mm),
            needles: self.needles,
            hz: self.hz,
            glide_cm_s: self.glide_cm_s,
            passes: self.passes,
            pressure: self.pressure,
            needle_diameter: Mm(NEEDLE_DIAMETER_MM),
        }
    }
}

/// What the parser changed, for the notice.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A number outside its range (or not whole where it must be), brought to the nearest
    /// allowed value; the notice writes it in the page's language.
    Clamped {
        key: &'static str,
        given: String,
        to: f64,
    },
    /// A value that is not allowed; the default is used.
    Replaced {
        key: &'static str,
        given: String,
        to: String,
    },
    /// The same parameter more than once: the first one counts.
    Repeated { key: &'static str },
    /// A parameter the app does not know.
    Unknown { key: String },
}

/// Parses query pairs (already percent-decoded) into settings, with the list of changes made.
pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Settings, Vec<Change>) {
    let mut first: Vec<(&'static str, &'a str)> = Vec::new();
    let mut changes = Vec::new();
    for (k, v) in pairs {
        match KEYS.iter().find(|&&known| known == k) {
            Some(&key) if first.iter().any(|(seen, _)| *seen == key) => {
                if !changes
                    .iter()
                    .any(|c| matches!(c, Change::Repeated { key: r } if *r == key))
                {
                    changes.push(Change::Repeated { key });
                }
            }
            Some(&key) => first.push((key, v)),
            None => changes.push(Change::Unknown { key: quote(k) }),
        }
    }
    let get = |key: &str| first.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);

    let mut p = Parser { changes };
    let device = p.choice(
        "device",
        get("device"),
        Device::from_key,
        Device::Pen,
        Device::key,
    );
    let mut s = Settings::for_device(device);
    let l = device.limits();

    if let Some(v) = get("screen") {
        match Screen::from_key(v) {
            Some(x) => s.screen = x,
            None => p.replaced("screen", v, s.screen.key().to_string()),
        }
    }
    s.depth_mm = p.number("depth", get("depth"), l.depth_mm);
    s.needles = p.integer("needles", get("needles"), l.needles);
    s.passes = p.integer("passes", get("passes"), l.passes);
    // Pen-only and hand-only settings are still checked when the device does not use them,
    // so a bad value is always reported; only the device's own ones are kept.
    let hz = p.number("hz", get("hz"), l.hz.unwrap_or(PEN_HZ));
    let glide = p.number("glide", get("glide"), l.glide_cm_s.unwrap_or(PEN_GLIDE));
    let pressure = p.number("pressure", get("pressure"), l.pressure.unwrap_or(PRESSURE));
    if l.hz.is_some() {
        s.hz = hz;
    }
    if l.glide_cm_s.is_some() {
        s.glide_cm_s = glide;
    }
    if l.pressure.is_some() {
        s.pressure = pressure;
    }
    s.region = p.choice(
        "region",
        get("region"),
        Region::from_key,
        s.region,
        Region::key,
    );
    s.serum = p.choice("serum", get("serum"), Serum::from_key, s.serum, Serum::key);
    s.occluded = p.flag("occluded", get("occluded"));
    s.hours = p.number("hours", get("hours"), HOURS);
    s.sessions = p.integer("sessions", get("sessions"), SESSIONS);
    s.interval_weeks = p.integer("interval", get("interval"), INTERVAL_WEEKS);
    s.month = p.number("month", get("month"), MONTH);
    s.goal = p.choice("goal", get("goal"), Goal::from_key, s.goal, Goal::key);
    s.skin = SkinType::new(p.integer("skin", get("skin"), SKIN));
    if let Some(v) = get("lang") {
        match Lang::from_key(&v.to_ascii_lowercase()) {
            Some(x) => s.lang = Some(x),
            None => p.replaced("lang", v, "auto".to_string()),
        }
    }
    s.theme = p.choice("theme", get("theme"), Theme::from_key, s.theme, Theme::key);
    if let Some(v) = get("accent") {
        match Accent::parse(v) {
            Some(a) => s.accent = Some(a),
            None => p.replaced("accent", v, "default".to_string()),
        }
    }
    if let Some(v) = get("screens") {
        let mut list = Vec::new();
        let mut bad = false;
        for name in v.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match Screen::from_key(name) {
                Some(x) => {
                    if !list.contains(&x) {
                        list.push(x);
                    }
                }
                _ => bad = true,
            }
        }
        if list.is_empty() {
            list = Screen::ALL.to_vec();
            bad = true;
        }
        if bad {
            let to = list.iter().map(|x| x.key()).collect::<Vec<_>>().join(",");
            p.replaced("screens", v, to);
        }
        s.screens = list;
        // The first listed screen opens, unless the URL names another one that is shown.
        if get("screen").is_none() || !s.screens.contains(&s.screen) {
            s.screen = s.screens[0];
        }
    }
    s.embed = p.flag("embed", get("embed"));
    if let Some(v) = get("motion") {
        if v == "reduce" {
            s.reduce_motion = true;
        } else {
            p.replaced("motion", v, "auto".to_string());
        }
    }
    s.tour = p.integer("tour", get("tour"), TOUR);
    (s, p.changes)
}

/// Every parameter name of the URL contract (docs/design.md).
pub const KEYS: [&str; 24] = [
    "screen", "device", "depth", "needles", "hz", "glide", "passes", "pressure", "region", "serum",
    "occluded", "hours", "sessions", "interval", "month", "goal", "skin", "lang", "theme",
    "accent", "screens", "embed", "motion", "tour",
];

struct Parser {
    changes: Vec<Change>,
}

impl Parser {
    fn replaced(&mut self, key: &'static str, given: &str, to: String) {
        self.changes.push(Change::Replaced {
            key,
            given: quote(given),
            to,
        });
    }

    fn choice<T: Copy>(
        &mut self,
        key: &'static str,
        v: Option<&str>,
        from: impl Fn(&str) -> Option<T>,
        default: T,
        name: impl Fn(T) -> &'static str,
    ) -> T {
        let Some(v) = v else { return default };
        match from(&v.to_ascii_lowercase()) {
            Some(x) => x,
            None => {
                self.replaced(key, v, name(default).to_string());
                default
            }
        }
    }

    fn flag(&mut self, key: &'static str, v: Option<&str>) -> bool {
        match v {
            None | Some("0") => false,
            Some("1") => true,
            Some(v) => {
                self.replaced(key, v, "0".to_string());
                false
            }
        }
    }

    fn number(&mut self, key: &'static str, v: Option<&str>, span: Span) -> f64 {
        let Some(v) = v else { return span.default };
        match parse_f64(v.trim()) {
            // Kept to 0.001 (a micrometre for depths): the URL then round-trips exactly.
            Some(x) if x.is_finite() && span.contains(x) => (x * 1000.0).round() / 1000.0,
            Some(x) if !x.is_nan() => {
                let to = span.clamp(x);
                self.changes.push(Change::Clamped {
                    key,
                    given: quote(v),
                    to,
                });
                to
            }
            _ => {
                self.replaced(key, v, format_number(span.default));
                span.default
            }
        }
    }

    fn integer(&mut self, key: &'static str, v: Option<&str>, span: Span) -> u32 {
        let Some(raw) = v else {
            return span.default as u32;
        };
        let x = self.number(key, v, span);
        let rounded = x.round();
        if rounded != x && parse_f64(raw.trim()) == Some(x) {
            // In range but not whole: say so, as for any other change.
            self.changes.push(Change::Clamped {
                key,
                given: quote(raw),
                to: rounded,
            });
        }
        rounded as u32
    }
}

/// A shortest decimal form without trailing noise, for the URL and the notice.
pub fn format_number(x: f64) -> String {
    let r = (x * 1000.0).round() / 1000.0;
    let s = format!("{r}");
    if s == "-0" {
        "0".to_string()
    } else {
        s
    }
}

/// A bad value as the notice may quote it: shortened, control characters dropped.
/// It is only ever rendered as text, never as markup.
fn quote(v: &str) -> String {
    let cleaned: String = v.chars().filter(|c| !c.is_control()).collect();
    if cleaned.chars().count() > QUOTE_MAX {
        let mut s: String = cleaned.chars().take(QUOTE_MAX).collect();
        s.push('…');
        s
    } else {
        cleaned
    }
}

/// The query pairs for these settings: only what differs from the defaults, so links stay short.
pub fn to_query(s: &Settings) -> Vec<(&'static str, String)> {
    let d = Settings::for_device(s.device);
    let mut q: Vec<(&'static str, String)> = Vec::new();
    let mut put = |k: &'static str, differs: bool, v: String| {
        if differs {
            q.push((k, v));
        }
    };
    put("screen", s.screen != d.screen, s.screen.key().into());
    put(
        "device",
        s.device != Settings::default().device,
        s.device.key().into(),
    );
    put("depth", s.depth_mm != d.depth_mm, format_number(s.depth_mm));
    put("needles", s.needles != d.needles, s.needles.to_string());
    put("hz", s.hz != d.hz, format_number(s.hz));
    put(
        "glide",
        s.glide_cm_s != d.glide_cm_s,
        format_number(s.glide_cm_s),
    );
    put("passes", s.passes != d.passes, s.passes.to_string());
    put(
        "pressure",
        s.pressure != d.pressure,
        format_number(s.pressure),
    );
    put("region", s.region != d.region, s.region.key().into());
    put("serum", s.serum != d.serum, s.serum.key().into());
    put("occluded", s.occluded, "1".into());
    put("hours", s.hours != d.hours, format_number(s.hours));
    put("sessions", s.sessions != d.sessions, s.sessions.to_string());
    put(
        "interval",
        s.interval_weeks != d.interval_weeks,
        s.interval_weeks.to_string(),
    );
    put("month", s.month != d.month, format_number(s.month));
    put("goal", s.goal != d.goal, s.goal.key().into());
    put("skin", s.skin != d.skin, s.skin.number().to_string());
    if let Some(l) = s.lang {
        put("lang", true, l.key().into());
    }
    put("theme", s.theme != d.theme, s.theme.key().into());
    if let Some(a) = s.accent {
        put("accent", true, a.css());
    }
    put(
        "screens",
        s.screens != d.screens,
        s.screens
            .iter()
            .map(|x| x.key())
            .collect::<Vec<_>>()
            .join(","),
    );
    put("embed", s.embed, "1".into());
    put("motion", s.reduce_motion, "reduce".into());
    put("tour", s.tour != 0, s.tour.to_string());
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(q: &str) -> (Settings, Vec<Change>) {
        let pairs: Vec<(&str, &str)> = q
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| p.split_once('=').unwrap_or((p, "")))
            .collect();
        parse(pairs)
    }

    #[test]
    fn empty_query_gives_defaults_and_no_notice() {
        let (s, c) = parse_str("");
        assert_eq!(s, Settings::default());
        assert!(c.is_empty());
    }

    #[test]
    fn good_values_are_taken() {
        let (s, c) = parse_str("device=roller&depth=2&passes=10&region=eyelid&lang=es&theme=projector&occluded=1&accent=%23fff");
        // `%23` is not decoded here: the view decodes before calling; a literal is rejected.
        assert_eq!(s.device, Device::Roller);
        assert_eq!(s.depth_mm, 2.0);
        assert_eq!(s.passes, 10);
        assert_eq!(s.region, Region::Eyelid);
        assert_eq!(s.lang, Some(Lang::Es));
        assert_eq!(s.theme, Theme::Projector);
        assert!(s.occluded);
        assert_eq!(c.len(), 1, "{c:?}");
    }

    #[test]
    fn out_of_range_is_clamped_and_reported() {
        let (s, c) = parse_str("depth=9&hz=1e308&passes=-4");
        assert_eq!(s.depth_mm, 3.0);
        assert_eq!(s.hz, 150.0);
        assert_eq!(s.passes, 1);
        assert_eq!(c.len(), 3);
        assert!(matches!(&c[0], Change::Clamped { key: "depth", to, .. } if *to == 3.0));
    }

    #[test]
    fn nonsense_falls_back_to_defaults() {
        let (s, c) = parse_str(
            "depth=NaN&needles=Infinity&region=<img onerror=alert(1)>&theme=&device=laser",
        );
        let d = Settings::default();
        assert_eq!(s.depth_mm, d.depth_mm);
        assert_eq!(s.needles, 42); // +Infinity is a number above the range: clamped
        assert_eq!(s.region, d.region);
        assert_eq!(s.theme, Theme::Light);
        assert_eq!(s.device, Device::Pen);
        assert_eq!(c.len(), 5, "{c:?}");
    }

    #[test]
    fn accent_is_made_readable_on_every_theme() {
        for hex in [
            "ffff00", "ffffff", "000000", "a3344f", "00ff00", "123456", "f08aa2",
        ] {
            let a = Accent::parse(hex).unwrap();
            for theme in Theme::ALL {
                let bg = theme.background();
                let readable = a.readable_on(bg);
                assert!(readable.contrast(bg) >= 4.5, "{hex} on {theme:?}");
                assert!(
                    readable.text_on().contrast(readable) >= 4.5,
                    "{hex} on {theme:?}"
                );
            }
        }
        // A colour that already reads well is left as the clinic gave it.
        let brand = Accent::parse("a3344f").unwrap();
        assert_eq!(brand.readable_on(Theme::Light.background()), brand);
        assert_eq!(Accent::parse("ffff00").unwrap().text_on(), Accent([0; 3]));
    }

    #[test]
    fn tour_step_is_clamped() {
        assert_eq!(parse_str("tour=1").0.tour, 1);
        let (s, c) = parse_str("tour=99");
        assert_eq!((s.tour, c.len()), (TOUR_STEPS, 1));
        assert_eq!(
            to_query(&parse_str("tour=3").0),
            vec![("tour", "3".to_string())]
        );
    }

    #[test]
    fn accent_accepts_only_hex() {
        assert_eq!(
            Accent::parse("#0a7").map(Accent::css),
            Some("#00aa77".into())
        );
        assert_eq!(
            Accent::parse("C0FFEE").map(Accent::css),
            Some("#c0ffee".into())
        );
        for bad in [
            "red",
            "#12345",
            "#1234567",
            "url(x)",
            "#fff;color:red",
            "#ééé",
            "",
        ] {
            assert_eq!(Accent::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn repeated_and_unknown_keys_are_reported() {
        let (s, c) = parse_str("depth=1.5&depth=2&foo=1");
        assert_eq!(s.depth_mm, 1.5);
        assert!(c.contains(&Change::Repeated { key: "depth" }));
        assert!(c.contains(&Change::Unknown { key: "foo".into() }));
    }

    #[test]
    fn unknown_screens_fall_back_with_a_notice() {
        let (s, c) = parse_str("screen=tattoo");
        assert_eq!(s.screen, Screen::Treatment);
        assert!(matches!(c[0], Change::Replaced { key: "screen", .. }));
        let (s, c) = parse_str("screens=learn,bogus");
        assert_eq!(s.screens, vec![Screen::Learn]);
        assert_eq!(c.len(), 1);
        let (s, c) = parse_str("screen=compare&goal=acne-scars");
        assert_eq!((s.screen, s.goal), (Screen::Compare, Goal::AcneScars));
        assert!(c.is_empty());
    }

    #[test]
    fn settings_the_device_does_not_use_are_still_checked() {
        let (s, c) = parse_str("device=roller&hz=NaN&glide=2");
        assert_eq!(s.hz, 0.0);
        assert_eq!(c.len(), 1, "{c:?}");
        let (_, c) = parse_str("pressure=abc");
        assert_eq!(c.len(), 1, "{c:?}");
    }

    #[test]
    fn fractional_counts_are_rounded_with_a_notice() {
        let (s, c) = parse_str("needles=12.6");
        assert_eq!(s.needles, 13);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn long_values_are_quoted_short() {
        let long = "x".repeat(500);
        let (_, c) = parse_str(&format!("region={long}"));
        match &c[0] {
            Change::Replaced { given, .. } => assert!(given.chars().count() <= QUOTE_MAX + 1),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn switching_device_keeps_a_depth_the_new_device_allows() {
        let s = Settings::for_device(Device::Pen);
        let s = Settings { depth_mm: 2.5, ..s };
        let home = s.with_device(Device::HomeRoller);
        assert_eq!(home.depth_mm, 0.25);
        assert_eq!(home.needles, 192);
        let roller = s.with_device(Device::Roller);
        assert_eq!(roller.depth_mm, 2.5);
    }

    #[test]
    fn default_pen_setup_gives_the_worked_example() {
        // docs/science.md §1: 12 needles × 100 Hz / (0.8 cm × 2 cm/s) = 750 per cm² per pass.
        let s = Settings::default().setup();
        assert!((s.per_pass_per_cm2() - 750.0).abs() < 1e-9);
        let (roller, _) = parse_str("device=roller");
        assert!((roller.setup().per_cm2() - 229.2).abs() < 1.0);
    }

    #[test]
    fn skin_type_is_parsed_clamped_and_written_back() {
        assert_eq!(parse_str("").0.skin, SkinType::new(3));
        let (s, c) = parse_str("skin=6");
        assert_eq!((s.skin.number(), c.len()), (6, 0));
        assert_eq!(to_query(&s), vec![("skin", "6".to_string())]);
        let (s, c) = parse_str("skin=9");
        assert_eq!((s.skin.number(), c.len()), (6, 1));
        let (s, c) = parse_str("skin=dark");
        assert_eq!((s.skin.number(), c.len()), (3, 1));
    }

    #[test]
    fn query_round_trips() {
        let (s, _) = parse_str("skin=5&device=roller&depth=2.25&region=neck&lang=es&theme=dark&embed=1&motion=reduce&accent=c0ffee&occluded=1&hours=12.5");
        let q = to_query(&s);
        let (back, c) = parse(q.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, s);
        assert!(c.is_empty(), "{c:?}");
    }
}
