//! Validity period: `validFrom` / `validUntil` (VC 2.0), `issuanceDate` / `expirationDate`
//! (VC 1.1) and a JWT's `nbf` / `exp`, against the device clock.

use super::{Check, Reason, State, EXPIRES_SOON_DAYS};
use serde_json::{Map, Value};

/// Parses an XML Schema `dateTime` (RFC 3339; a missing offset is read as UTC) to Unix seconds.
pub fn parse_datetime(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(t.timestamp());
    }
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .map(|t| t.and_utc().timestamp())
}

/// The validity check and, when the credential is current and has an end date, the whole days
/// left. `jwt` holds a JWT's (`nbf`, `exp`) claims.
pub fn check(
    cred: &Map<String, Value>,
    jwt: Option<(Option<i64>, Option<i64>)>,
    now: i64,
) -> (Check, Option<i64>) {
    let mut from: Vec<i64> = vec![];
    let mut until: Vec<i64> = vec![];
    for (key, start) in [
        ("validFrom", true),
        ("issuanceDate", true),
        ("validUntil", false),
        ("expirationDate", false),
    ] {
        match cred.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => match parse_datetime(s) {
                Some(t) if start => from.push(t),
                Some(t) => until.push(t),
                None => return (Check::new(State::Fail, Reason::DateMalformed), None),
            },
            Some(_) => return (Check::new(State::Fail, Reason::DateMalformed), None),
        }
    }
    if let Some((nbf, exp)) = jwt {
        from.extend(nbf);
        until.extend(exp);
    }
    if until.iter().any(|&u| now > u) {
        return (Check::new(State::Fail, Reason::Expired), None);
    }
    if from.iter().any(|&f| now < f) {
        return (Check::new(State::Fail, Reason::NotYetValid), None);
    }
    match until.iter().min() {
        Some(&end) => {
            let days = (end - now) / 86_400;
            if days < EXPIRES_SOON_DAYS {
                (Check::new(State::Warn, Reason::ExpiresSoon), Some(days))
            } else {
                (Check::new(State::Pass, Reason::Current), Some(days))
            }
        }
        None => (Check::new(State::Pass, Reason::Current), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn datetimes() {
        assert_eq!(parse_datetime("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_datetime("1970-01-01T01:00:00+01:00"), Some(0));
        assert_eq!(parse_datetime("1970-01-02T00:00:00"), Some(86_400));
        assert_eq!(parse_datetime("1970-01-01T00:00:01.5Z"), Some(1));
        assert_eq!(parse_datetime("yesterday"), None);
    }

    #[test]
    fn periods() {
        let day = 86_400;
        let c =
            obj(json!({"validFrom": "1970-01-11T00:00:00Z", "validUntil": "1970-03-01T00:00:00Z"}));
        assert_eq!(check(&c, None, 5 * day).0.reason, Reason::NotYetValid);
        assert_eq!(
            check(&c, None, 20 * day),
            (Check::new(State::Pass, Reason::Current), Some(39))
        );
        assert_eq!(
            check(&c, None, 50 * day),
            (Check::new(State::Warn, Reason::ExpiresSoon), Some(9))
        );
        assert_eq!(check(&c, None, 70 * day).0.reason, Reason::Expired);
        let v1 = obj(json!({"issuanceDate": "1970-01-11T00:00:00Z", "expirationDate": "bad"}));
        assert_eq!(check(&v1, None, 20 * day).0.reason, Reason::DateMalformed);
        let open = obj(json!({"validFrom": "1970-01-11T00:00:00Z"}));
        assert_eq!(
            check(&open, None, 10_000 * day),
            (Check::new(State::Pass, Reason::Current), None)
        );
        // JWT claims count too
        assert_eq!(
            check(&open, Some((None, Some(20 * day))), 21 * day)
                .0
                .reason,
            Reason::Expired
        );
        assert_eq!(
            check(&open, Some((Some(30 * day), None)), 21 * day)
                .0
                .reason,
            Reason::NotYetValid
        );
    }
}
