//! The customer's acceptance of the Microsoft Cloud Agreement (global cloud only): Partner
//! Center's "Confirm customer acceptance of Microsoft Cloud Agreement"
//! (`POST /v1/customers/{id}/agreements`), its list, and the agreement template's metadata
//! (`GET /v1/agreements?agreementType=MicrosoftCloudAgreement`), where `templateId` comes from.
//!
//! Partner Center operated by 21Vianet has no such step (its customers accept the 21Vianet
//! agreement themselves): every operation here answers 403 `not_available_in_cloud` in China.
//!
//! `dateAgreed` is the calendar date the customer accepted, which may not be in the future. The
//! partner types it in their own time zone, so "the future" starts after today's date in the
//! earliest time zone (UTC+14): a partner in Auckland entering today's date early in the
//! morning is never refused. A date-time with an offset is compared as an instant.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use time::{Date, Month, OffsetDateTime, UtcOffset};

use super::{WRITE_ROLES, load_customer};
use crate::api::fields::Fields;
use crate::api::resource::Attributes;
use crate::auth::{SessionInfo, SignedIn};
use crate::error::{ApiError, FieldError};
use crate::extract::ApiBody;
use crate::paging::Collection;
use crate::settings::Cloud;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/agreements", get(templates)).route("/customers/{id}/agreements", get(list).post(create))
}

pub const MCA: &str = "MicrosoftCloudAgreement";
/// The current Microsoft Cloud Agreement template (Partner Center's documented example id).
pub const MCA_TEMPLATE_ID: &str = "998b88de-aa99-4388-a42c-1b3517d49490";
pub const MCA_LINK: &str = "https://learn.microsoft.com/partner-center/agreements";

fn allowed(s: &SessionInfo) -> Result<(), ApiError> {
    s.require_any(WRITE_ROLES)?;
    s.require_cloud(Cloud::Global)
}

/// `agreementType` from the query: absent, `MicrosoftCloudAgreement` or `*` (all types); anything
/// else is a 400 rather than an empty list, so a misspelt type is noticed.
fn agreement_type(q: &HashMap<String, String>) -> Result<(), ApiError> {
    match q.get("agreementType").map(String::as_str) {
        None | Some(MCA) | Some("*") => Ok(()),
        Some(_) => Err(ApiError::validation_failed(vec![FieldError::new(
            "agreementType",
            "invalid_value",
            "Use MicrosoftCloudAgreement.",
        )])),
    }
}

#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct AgreementMetaData {
    pub template_id: &'static str,
    pub agreement_type: &'static str,
    pub agreement_link: &'static str,
    pub version_rank: i64,
    pub attributes: Attributes,
}

async fn templates(SignedIn(s): SignedIn, Query(q): Query<HashMap<String, String>>) -> Result<Response, ApiError> {
    allowed(&s)?;
    agreement_type(&q)?;
    let mca = AgreementMetaData {
        template_id: MCA_TEMPLATE_ID,
        agreement_type: MCA,
        agreement_link: MCA_LINK,
        version_rank: 0,
        attributes: Attributes::of("AgreementMetaData"),
    };
    Ok(Json(Collection::all(vec![mca])).into_response())
}

#[derive(Serialize, Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Contact {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}

#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Agreement {
    pub primary_contact: Contact,
    pub template_id: String,
    /// YYYY-MM-DD.
    pub date_agreed: String,
    #[serde(rename = "type")]
    pub agreement_type: String,
    pub agreement_link: &'static str,
    pub user_id: String,
    pub attributes: Attributes,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewAgreement {
    pub primary_contact: Contact,
    pub template_id: String,
    pub date_agreed: String,
    #[serde(rename = "type")]
    pub agreement_type: String,
    /// Read-only members of an agreement, which a client may send back: ignored.
    #[serde(default)]
    pub agreement_link: Option<String>,
    #[serde(default)]
    pub user_id: Option<String>,
    #[serde(default, deserialize_with = "crate::api::resource::echoed_object")]
    pub attributes: Option<crate::api::resource::EchoedObject>,
}

/// A `YYYY-MM-DD` date (exactly that shape: four-digit year, two-digit month and day).
fn calendar_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
    };
    let year = i32::try_from(digits(0..4)?).ok()?;
    let month = Month::try_from(u8::try_from(digits(5..7)?).ok()?).ok()?;
    Date::from_calendar_date(year, month, u8::try_from(digits(8..10)?).ok()?).ok()
}

/// How `dateAgreed` reads: the calendar date and, for a date-time with an offset, the instant.
#[derive(Debug, PartialEq, Eq)]
pub enum Agreed {
    Date(Date),
    Instant(OffsetDateTime),
}

/// Two ASCII digits as a number below `below`.
fn two_digits(s: Option<&str>, below: u8) -> Option<u8> {
    let s = s?;
    (s.len() == 2 && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse().ok())?.filter(|n| *n < below)
}

/// `YYYY-MM-DD`, `YYYY-MM-DDThh:mm:ss[.f]` (a date, as Partner Center writes it) or the same with
/// `Z` or `±hh:mm` (an instant): exactly the contract's pattern, nothing trimmed.
pub fn parse_date_agreed(s: &str) -> Option<Agreed> {
    let date = calendar_date(s.get(..10)?)?;
    let rest = &s[10..];
    if rest.is_empty() {
        return Some(Agreed::Date(date));
    }
    let time = rest.strip_prefix('T')?;
    let hms = time.get(..8)?;
    let mut parts = hms.split(':');
    two_digits(parts.next(), 24)?;
    two_digits(parts.next(), 60)?;
    two_digits(parts.next(), 60)?;
    let mut rest = &time[8..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=9).contains(&n) {
            return None;
        }
        rest = &fraction[n..];
    }
    match rest {
        "" => Some(Agreed::Date(date)),
        "Z" => OffsetDateTime::parse(s, &Rfc3339).ok().map(Agreed::Instant),
        _ => {
            rest.get(..1).filter(|c| *c == "+" || *c == "-")?;
            let (hh, mm) = rest[1..].split_once(':')?;
            two_digits(Some(hh), 24)?;
            two_digits(Some(mm), 60)?;
            OffsetDateTime::parse(s, &Rfc3339).ok().map(Agreed::Instant)
        }
    }
}

/// Whether `agreed` is after `now`: for a date, after today's date in the earliest time zone.
pub fn in_future(agreed: &Agreed, now: OffsetDateTime) -> bool {
    match agreed {
        Agreed::Date(d) => {
            let latest_today = now.to_offset(UtcOffset::from_hms(14, 0, 0).unwrap_or(UtcOffset::UTC)).date();
            *d > latest_today
        }
        // A few minutes for clocks that run ahead.
        Agreed::Instant(t) => *t > now + time::Duration::minutes(5),
    }
}

fn check(body: &NewAgreement, now: OffsetDateTime) -> Result<(Contact, String), ApiError> {
    let mut c = Fields::new();
    let contact = Contact {
        first_name: body.primary_contact.first_name.trim().to_string(),
        last_name: body.primary_contact.last_name.trim().to_string(),
        email: body.primary_contact.email.trim().to_string(),
        phone_number: body.primary_contact.phone_number.as_deref().map(|p| p.trim().to_string()),
    };
    c.text("primaryContact.firstName", &contact.first_name, 1, 50);
    c.text("primaryContact.lastName", &contact.last_name, 1, 50);
    c.email("primaryContact.email", &contact.email);
    // Absent or null is no number; a number sent must be one (an empty one too: the contract says so).
    if let Some(p) = &contact.phone_number {
        c.phone("primaryContact.phoneNumber", p);
    }
    if !body.template_id.trim().eq_ignore_ascii_case(MCA_TEMPLATE_ID) {
        c.push(
            "templateId",
            "invalid_value",
            format!("Use the Microsoft Cloud Agreement's template id ({MCA_TEMPLATE_ID}, from GET /v1/agreements)."),
        );
    }
    if body.agreement_type.trim() != MCA {
        c.push("type", "invalid_value", "Use MicrosoftCloudAgreement.");
    }
    let date = match parse_date_agreed(&body.date_agreed) {
        None => {
            c.push("dateAgreed", "invalid_format", "Use a date like 2026-11-30.");
            String::new()
        }
        Some(agreed) if in_future(&agreed, now) => {
            c.push("dateAgreed", "out_of_range", "The date the customer accepted cannot be in the future.");
            String::new()
        }
        Some(Agreed::Date(d)) => day(d),
        Some(Agreed::Instant(t)) => day(t.date()),
    };
    c.finish()?;
    Ok((contact, date))
}

fn day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Agreement> {
    Ok(Agreement {
        primary_contact: Contact {
            first_name: r.get(0)?,
            last_name: r.get(1)?,
            email: r.get(2)?,
            phone_number: r.get(3)?,
        },
        template_id: r.get(4)?,
        date_agreed: r.get(5)?,
        agreement_type: r.get(6)?,
        agreement_link: MCA_LINK,
        user_id: r.get(7)?,
        attributes: Attributes::of("Agreement"),
    })
}

const COLUMNS: &str = "first_name, last_name, email, phone_number, template_id, date_agreed, agreement_type, user_id";

async fn list(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path(cid): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    allowed(&s)?;
    agreement_type(&q)?;
    let pid = s.partner.id.clone();
    let items = state
        .db
        .call(move |c| {
            load_customer(c, &pid, &cid)?;
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM customer_agreements WHERE customer_id = ?1 ORDER BY created_at, id"
            ))?;
            let items = stmt.query_map([&cid], row)?.collect::<Result<Vec<_>, _>>()?;
            Ok(items)
        })
        .await?;
    Ok(Json(Collection::all(items)).into_response())
}

async fn create(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path(cid): Path<String>,
    body: ApiBody<NewAgreement>,
) -> Result<Response, ApiError> {
    allowed(&s)?;
    let body = body.parse()?;
    let (contact, date) = check(&body, OffsetDateTime::now_utc())?;
    let pid = s.partner.id.clone();
    let uid = s.user.id.clone();
    let now = crate::time::now();
    let (agreement, cid) = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            load_customer(&tx, &pid, &cid)?;
            let id = uuid::Uuid::new_v4().to_string();
            tx.execute(
                "INSERT INTO customer_agreements (id, customer_id, agreement_type, template_id, date_agreed, first_name, last_name,
                   email, phone_number, user_id, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    id,
                    cid,
                    MCA,
                    MCA_TEMPLATE_ID,
                    date,
                    contact.first_name,
                    contact.last_name,
                    contact.email,
                    contact.phone_number,
                    uid,
                    now
                ],
            )?;
            let out = tx.query_row(&format!("SELECT {COLUMNS} FROM customer_agreements WHERE id = ?1"), [&id], row)?;
            tx.commit()?;
            Ok((out, cid))
        })
        .await?;
    let location = HeaderValue::from_str(&format!("{}/v1/customers/{cid}/agreements", state.settings.api_base.path))
        .map_err(ApiError::internal_from)?;
    Ok((StatusCode::CREATED, [(header::LOCATION, location)], Json(agreement)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategies;
    use proptest::prelude::*;

    fn at(s: &str) -> OffsetDateTime {
        OffsetDateTime::parse(s, &Rfc3339).unwrap()
    }

    #[test]
    fn dates_and_date_times() {
        let d = |y, m, day| Agreed::Date(Date::from_calendar_date(y, m, day).unwrap());
        assert_eq!(parse_date_agreed("2026-12-04"), Some(d(2026, Month::December, 4)));
        assert_eq!(parse_date_agreed("2026-12-04T00:00:00"), Some(d(2026, Month::December, 4)));
        assert_eq!(parse_date_agreed("2026-12-04T23:59:59.123"), Some(d(2026, Month::December, 4)));
        assert_eq!(parse_date_agreed("2026-12-04T10:00:00+08:00"), Some(Agreed::Instant(at("2026-12-04T02:00:00Z"))));
        for bad in [
            "",
            "2026-13-01",
            "2026-02-30",
            "26-12-04",
            "2026-1-04",
            "2026/12/04",
            "2026-12-04T",
            "2026-12-04T25:00:00",
            "2026-12-04x",
            "+026-12-04",
            "２０２６-12-04",
            "2026-12-04T10:00",
            "2026-12-04T10:00:00.",
            " 2026-12-04",
            "2026-12-04 ",
            "2026-12-04t10:00:00",
            "2026-12-04T10:00:00z",
            "2026-12-04T10:00:00+8:00",
            "2026-12-04T10:00:00+24:00",
            "2026-12-04T10:00:00.1234567890",
            "2026-12-04T10:00:60",
            "2026-12-04T10:0a:00",
        ] {
            assert_eq!(parse_date_agreed(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_future_starts_after_today_in_the_earliest_time_zone() {
        let now = at("2026-12-04T15:00:00Z");
        let date = |s| parse_date_agreed(s).unwrap();
        assert!(!in_future(&date("2026-12-04"), now));
        // 15:00 UTC is 05:00 on the 5th in Kiritimati (UTC+14): the 5th is today somewhere.
        assert!(!in_future(&date("2026-12-05"), now));
        assert!(in_future(&date("2026-12-06"), now));
        assert!(!in_future(&date("2026-12-05"), at("2026-12-04T10:00:00Z")));
        assert!(in_future(&date("2026-12-05"), at("2026-12-04T09:59:59Z")));
        assert!(in_future(&date("9999-12-31"), now) && !in_future(&date("0001-01-01"), now));
        assert!(!in_future(&date("2026-12-04T15:04:00Z"), now));
        assert!(in_future(&date("2026-12-04T15:06:00Z"), now));
        assert!(in_future(&date("2026-12-04T23:30:00+08:00"), now));
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_date_agreed_parses_or_is_refused(s in strategies::text()) {
            if let Some(a) = parse_date_agreed(&s) {
                let _ = in_future(&a, OffsetDateTime::now_utc());
                prop_assert!(s.len() >= 10 && s.is_ascii());
            }
        }

        #[test]
        fn calendar_dates_round_trip(y in 0i32..=9999, m in 1u8..=12, d in 1u8..=31) {
            let text = format!("{y:04}-{m:02}-{d:02}");
            match Date::from_calendar_date(y, Month::try_from(m).unwrap(), d) {
                Ok(date) => {
                    prop_assert_eq!(parse_date_agreed(&text), Some(Agreed::Date(date)));
                    prop_assert_eq!(day(date), text);
                }
                Err(_) => prop_assert_eq!(parse_date_agreed(&text), None),
            }
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_dates_are_refused(s in strategies::long()) {
            let _ = parse_date_agreed(&s);
        }
    }
}
