//! Unix seconds in the database, RFC 3339 on the wire.

use std::time::{SystemTime, UNIX_EPOCH};

use ::time::OffsetDateTime;
use ::time::format_description::well_known::Rfc3339;

pub fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX)).unwrap_or(0)
}

/// `2026-11-22T18:00:00Z`.
pub fn rfc3339(unix_seconds: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix_seconds)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_utc_with_z() {
        assert_eq!(super::rfc3339(1_795_370_400), "2026-11-22T18:00:00Z");
    }

    use ::time::OffsetDateTime;
    use ::time::format_description::well_known::Rfc3339;
    use proptest::prelude::*;

    /// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years RFC 3339 can write.
    const FIRST: i64 = -62_167_219_200;
    const LAST: i64 = 253_402_300_799;

    proptest! {
        #![proptest_config(crate::strategies::config(crate::strategies::CASES))]

        #[test]
        fn any_timestamp_is_rfc3339_and_round_trips(t in prop_oneof![any::<i64>(), FIRST..=LAST]) {
            let s = super::rfc3339(t);
            let parsed = OffsetDateTime::parse(&s, &Rfc3339);
            prop_assert!(parsed.is_ok(), "{}", s);
            if (FIRST..=LAST).contains(&t) {
                prop_assert_eq!(parsed.unwrap().unix_timestamp(), t);
                prop_assert!(s.ends_with('Z'));
            } else {
                prop_assert_eq!(s, "1970-01-01T00:00:00Z");
            }
        }
    }
}
