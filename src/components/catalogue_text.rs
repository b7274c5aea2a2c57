//! Translated names of catalogue values (areas, forms of participation, ECTS ranges,
//! countries, languages, missing elements) and small formatting helpers, shared by the list
//! and the detail page.

use crate::domain::catalogue::{Area, Element, Participation};
use crate::domain::catalogue_state::EctsRange;
use crate::domain::text::LocalisedText;
use crate::i18n::*;

/// The name of a career area.
pub fn area_name(l: Locale, a: Area) -> &'static str {
    match a {
        Area::Health => td_string!(l, catalogue.area_health),
        Area::It => td_string!(l, catalogue.area_it),
        Area::Healthtech => td_string!(l, catalogue.area_healthtech),
        Area::Transversal => td_string!(l, catalogue.area_transversal),
    }
}

/// The name of a form of participation.
pub fn participation_name(l: Locale, p: Participation) -> &'static str {
    match p {
        Participation::Online => td_string!(l, catalogue.mode_online),
        Participation::Blended => td_string!(l, catalogue.mode_blended),
        Participation::OnSite => td_string!(l, catalogue.mode_on_site),
        Participation::WorkBased => td_string!(l, catalogue.mode_work_based),
    }
}

/// The name of an ECTS bucket.
pub fn ects_range_name(l: Locale, r: EctsRange) -> &'static str {
    match r {
        EctsRange::UpTo1 => td_string!(l, catalogue.ects_upto1),
        EctsRange::From1To3 => td_string!(l, catalogue.ects_1to3),
        EctsRange::From3To6 => td_string!(l, catalogue.ects_3to6),
        EctsRange::Over6 => td_string!(l, catalogue.ects_over6),
    }
}

/// The name of a country (ISO code), or the code.
pub fn country_name(l: Locale, code: &str) -> String {
    match code {
        "NL" => td_string!(l, catalogue.country_nl).to_owned(),
        "EE" => td_string!(l, catalogue.country_ee).to_owned(),
        "FI" => td_string!(l, catalogue.country_fi).to_owned(),
        "IT" => td_string!(l, catalogue.country_it).to_owned(),
        other => other.to_owned(),
    }
}

/// The name of a language (ISO 639-1 code), or the code.
pub fn language_name(l: Locale, code: &str) -> String {
    match code {
        "en" => td_string!(l, catalogue.lang_en).to_owned(),
        "nl" => td_string!(l, catalogue.lang_nl).to_owned(),
        "et" => td_string!(l, catalogue.lang_et).to_owned(),
        "fi" => td_string!(l, catalogue.lang_fi).to_owned(),
        "it" => td_string!(l, catalogue.lang_it).to_owned(),
        "uk" => td_string!(l, catalogue.lang_uk).to_owned(),
        "ru" => td_string!(l, catalogue.lang_ru).to_owned(),
        "sv" => td_string!(l, catalogue.lang_sv).to_owned(),
        other => other.to_ascii_uppercase(),
    }
}

/// The name of a mandatory element (for "incomplete: … missing").
pub fn element_name(l: Locale, e: Element) -> &'static str {
    match e {
        Element::Title => td_string!(l, catalogue.el_title),
        Element::AwardingBody => td_string!(l, catalogue.el_awarding_body),
        Element::Country => td_string!(l, catalogue.el_country),
        Element::LearningOutcomes => td_string!(l, catalogue.el_outcomes),
        Element::Ects => td_string!(l, catalogue.el_ects),
        Element::EqfLevel => td_string!(l, catalogue.el_eqf),
        Element::Assessment => td_string!(l, catalogue.el_assessment),
        Element::Participation => td_string!(l, catalogue.el_participation),
        Element::QualityAssurance => td_string!(l, catalogue.el_quality),
    }
}

/// Localised text for `lang`, with the language it is really in when that differs (for a
/// `lang` attribute).
pub fn text_in(text: &LocalisedText, lang: &str) -> (String, Option<String>) {
    let (s, l) = text.get_with_lang(lang);
    (s.to_owned(), l.filter(|l| *l != lang).map(str::to_owned))
}

/// A number with at most one decimal, with the decimal separator of `lang` ("1,5"). Done
/// here rather than with `Intl.NumberFormat`: a list page formats one per card on every
/// keystroke, and creating an `Intl` formatter costs far more than the search.
pub fn ects_text(value: f64, lang: &str) -> String {
    let tenths = (value * 10.0).round() as i64;
    if tenths % 10 == 0 {
        return (tenths / 10).to_string();
    }
    let sep = if lang == "en" { '.' } else { ',' };
    format!("{}{sep}{}", tenths / 10, (tenths % 10).abs())
}

/// A price: "Free", or the amount (at most two decimals) and currency.
pub fn price_text(l: Locale, amount: f64, currency: &str, lang: &str) -> String {
    if amount == 0.0 {
        return td_string!(l, catalogue.free).to_owned();
    }
    let cents = (amount * 100.0).round() as i64;
    let sep = if lang == "en" { '.' } else { ',' };
    if cents % 100 == 0 {
        format!("{} {currency}", cents / 100)
    } else {
        format!("{}{sep}{:02} {currency}", cents / 100, (cents % 100).abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_the_language_decimal_separator() {
        assert_eq!(ects_text(2.0, "fi"), "2");
        assert_eq!(ects_text(1.5, "en"), "1.5");
        assert_eq!(ects_text(1.5, "nl"), "1,5");
        assert_eq!(price_text(Locale::en, 0.0, "EUR", "en"), "Free");
        assert_eq!(price_text(Locale::it, 120.0, "EUR", "it"), "120 EUR");
        assert_eq!(price_text(Locale::fi, 99.5, "EUR", "fi"), "99,50 EUR");
    }
}
