//! Translated names of the model's and the app's things: one mapping per enum, shared by every
//! screen. (Screen names are in the screen registry, `screens::SCREENS`.)

use crate::app::clock::Speed;
use crate::app::settings::{Lang, Theme};
use crate::i18n::*;
use crate::model::device::Device;
use crate::model::serum::Serum;
use crate::model::skin::{Layer, Region};

type I18n = leptos_i18n::I18nContext<Locale>;

pub fn layer_name(i18n: I18n, l: Layer) -> &'static str {
    match l {
        Layer::StratumCorneum => t_string!(i18n, treatment.layer.stratum_corneum),
        Layer::ViableEpidermis => t_string!(i18n, treatment.layer.viable_epidermis),
        Layer::PapillaryDermis => t_string!(i18n, treatment.layer.papillary_dermis),
        Layer::ReticularDermis => t_string!(i18n, treatment.layer.reticular_dermis),
        Layer::Subcutis => t_string!(i18n, treatment.layer.subcutis),
    }
}

pub fn device_name(i18n: I18n, d: Device) -> &'static str {
    match d {
        Device::Pen => t_string!(i18n, treatment.device.pen),
        Device::Roller => t_string!(i18n, treatment.device.roller),
        Device::HomeRoller => t_string!(i18n, treatment.device.home_roller),
        Device::HomeStamp => t_string!(i18n, treatment.device.home_stamp),
    }
}

pub fn region_name(i18n: I18n, r: Region) -> &'static str {
    match r {
        Region::Forehead => t_string!(i18n, treatment.region.forehead),
        Region::Cheek => t_string!(i18n, treatment.region.cheek),
        Region::Nose => t_string!(i18n, treatment.region.nose),
        Region::Eyelid => t_string!(i18n, treatment.region.eyelid),
        Region::Neck => t_string!(i18n, treatment.region.neck),
        Region::Abdomen => t_string!(i18n, treatment.region.abdomen),
        Region::Thigh => t_string!(i18n, treatment.region.thigh),
    }
}

pub fn serum_name(i18n: I18n, s: Serum) -> &'static str {
    match s {
        Serum::HaLow => t_string!(i18n, absorption.serum.ha_low),
        Serum::HaHigh => t_string!(i18n, absorption.serum.ha_high),
        Serum::VitaminC => t_string!(i18n, absorption.serum.vitamin_c),
        Serum::Niacinamide => t_string!(i18n, absorption.serum.niacinamide),
        Serum::Peptide => t_string!(i18n, absorption.serum.peptide),
        Serum::GhkCu => t_string!(i18n, absorption.serum.ghk_cu),
        Serum::Retinol => t_string!(i18n, absorption.serum.retinol),
    }
}

/// The name of a language, in the current language.
pub fn lang_name(l: Locale, lang: Lang) -> &'static str {
    match lang {
        Lang::En => td_string!(l, common.lang_name.en),
        Lang::Es => td_string!(l, common.lang_name.es),
    }
}

pub fn theme_name(l: Locale, t: Theme) -> &'static str {
    match t {
        Theme::Light => td_string!(l, common.theme.light),
        Theme::Dark => td_string!(l, common.theme.dark),
        Theme::Projector => td_string!(l, common.theme.projector),
    }
}

/// A playback speed of the time controls.
pub fn speed_name(l: Locale, s: Speed) -> &'static str {
    match s {
        Speed::Slow => td_string!(l, common.time.speed.slow),
        Speed::Normal => td_string!(l, common.time.speed.normal),
        Speed::Fast => td_string!(l, common.time.speed.fast),
    }
}
