//! Translated names for RIASEC types, answers and areas (helpers for the quiz and fair views;
//! the translations are in `locales/<lang>/quiz.json` and `fair.json`).

use crate::domain::quiz::Riasec;
use crate::i18n::*;
use leptos_i18n::I18nContext;

/// The type's name, e.g. "Social".
pub fn type_name(i18n: I18nContext<Locale>, t: Riasec) -> String {
    match t {
        Riasec::R => t_string!(i18n, quiz.type_r).to_string(),
        Riasec::I => t_string!(i18n, quiz.type_i).to_string(),
        Riasec::A => t_string!(i18n, quiz.type_a).to_string(),
        Riasec::S => t_string!(i18n, quiz.type_s).to_string(),
        Riasec::E => t_string!(i18n, quiz.type_e).to_string(),
        Riasec::C => t_string!(i18n, quiz.type_c).to_string(),
    }
}

/// What people of that type like doing, e.g. "helping and caring for people".
pub fn type_activity(i18n: I18nContext<Locale>, t: Riasec) -> String {
    match t {
        Riasec::R => t_string!(i18n, quiz.does_r).to_string(),
        Riasec::I => t_string!(i18n, quiz.does_i).to_string(),
        Riasec::A => t_string!(i18n, quiz.does_a).to_string(),
        Riasec::S => t_string!(i18n, quiz.does_s).to_string(),
        Riasec::E => t_string!(i18n, quiz.does_e).to_string(),
        Riasec::C => t_string!(i18n, quiz.does_c).to_string(),
    }
}

/// "helping and caring for people (Social)".
pub fn type_phrase(i18n: I18nContext<Locale>, t: Riasec) -> String {
    format!("{} ({})", type_activity(i18n, t), type_name(i18n, t))
}

/// The label of a rating 1–5 ("Dislike a lot" … "Like a lot").
pub fn answer_label(i18n: I18nContext<Locale>, rating: u8) -> String {
    match rating {
        1 => t_string!(i18n, quiz.answer_1).to_string(),
        2 => t_string!(i18n, quiz.answer_2).to_string(),
        3 => t_string!(i18n, quiz.answer_3).to_string(),
        4 => t_string!(i18n, quiz.answer_4).to_string(),
        _ => t_string!(i18n, quiz.answer_5).to_string(),
    }
}

/// The name of a tally or interest area (`health`, `it`, `healthtech`, `transversal`, `none`).
pub fn area_name(i18n: I18nContext<Locale>, area: &str) -> String {
    match area {
        "health" => t_string!(i18n, fair.area_health).to_string(),
        "it" => t_string!(i18n, fair.area_it).to_string(),
        "healthtech" => t_string!(i18n, fair.area_healthtech).to_string(),
        "transversal" => t_string!(i18n, fair.area_transversal).to_string(),
        _ => t_string!(i18n, fair.area_none).to_string(),
    }
}

/// The label of a sign-up interest option.
pub fn interest_name(i18n: I18nContext<Locale>, interest: &str) -> String {
    match interest {
        "health" => t_string!(i18n, fair.interest_health).to_string(),
        "it" => t_string!(i18n, fair.interest_it).to_string(),
        "healthtech" => t_string!(i18n, fair.interest_healthtech).to_string(),
        "transversal" => t_string!(i18n, fair.interest_transversal).to_string(),
        _ => t_string!(i18n, fair.interest_undecided).to_string(),
    }
}
