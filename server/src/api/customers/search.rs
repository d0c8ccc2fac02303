//! `GET /v1/customers`: the customer list, its filter, seek pages and match count.
//!
//! Every query is an index range: a prefix `p` is the half-open key range `[p, p + U+10FFFF)`.
//! The list is sorted by `(company_name_key, id)`, which the `customers_partner_name` index
//! gives in order. The one-box search (`CompanyNameOrDomain`, this server's extension) is the
//! union of two such ranges: the company-name range read in order, and the domain range read
//! from the covering index `customers_partner_domain_name` (domain, then name key and id), whose
//! top of page is sorted without touching the table. So a page costs the domain matches' index
//! entries plus one row lookup per row shown, never a scan of the partner's customers.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use rusqlite::Connection;
use rusqlite::types::Value;
use serde::Deserialize;

use super::rules::percent_encode;
use super::{CUSTOMER_COLUMNS, Customer, READ_ROLES, customer_row};
use crate::auth::SignedIn;
use crate::error::{ApiError, FieldError};
use crate::paging::{Collection, NamePosition, name_seek_after, name_seek_key, page_size, seek_operation, u32_query};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/customers", get(list))
}

/// What the list is narrowed to: a lower-cased prefix of one or two keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Search {
    /// A prefix of one indexed key column (`company_name_key`, `domain_key`, `associated_partner_key`).
    Column(&'static str, String),
    /// A prefix of the company name or of the primary domain.
    NameOrDomain(String),
}

impl Search {
    pub fn prefix(&self) -> &str {
        match self {
            Search::Column(_, p) | Search::NameOrDomain(p) => p,
        }
    }
}

/// The position after which the next page starts: `(company_name_key, id)`.
pub type Position = NamePosition;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Filter {
    #[serde(rename = "Field")]
    field: String,
    #[serde(rename = "Value")]
    value: String,
    #[serde(rename = "Operator")]
    operator: String,
}

fn bad_filter(description: &str) -> ApiError {
    ApiError::validation_failed(vec![FieldError::new("filter", "invalid_value", description.to_string())])
}

/// The `filter` query parameter: JSON `{"Field","Value","Operator":"starts_with"}`.
pub fn parse_filter(raw: &str) -> Result<Search, ApiError> {
    let f: Filter = serde_json::from_str(raw).map_err(|_| {
        bad_filter(
            "filter must be JSON like {\"Field\":\"CompanyName\",\"Value\":\"con\",\"Operator\":\"starts_with\"}.",
        )
    })?;
    if f.operator != "starts_with" {
        return Err(bad_filter("Only the starts_with operator is supported."));
    }
    let value = f.value.trim().to_lowercase();
    let search = match f.field.as_str() {
        "CompanyName" => Search::Column("company_name_key", value),
        "Domain" => Search::Column("domain_key", value),
        "IndirectReseller" => Search::Column("associated_partner_key", value),
        "CompanyNameOrDomain" => Search::NameOrDomain(value),
        _ => return Err(bad_filter("Field must be CompanyName, Domain, CompanyNameOrDomain or IndirectReseller.")),
    };
    let n = search.prefix().chars().count();
    if n == 0 || n > 100 {
        return Err(bad_filter("Value must have 1 to 100 characters."));
    }
    Ok(search)
}

/// The exclusive upper end of the keys that start with `prefix`.
fn upper(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}

/// The SQL of a page: `?1` partner, `?2`/`?3` the prefix range (with a search), then the seek
/// position's name key and id (with `after`).
fn page_sql(search: Option<&Search>, after: bool, limit: u32) -> String {
    let first_seek = if search.is_some() { 4 } else { 2 };
    let seek = if after {
        format!(" AND (company_name_key, id) > (?{first_seek}, ?{})", first_seek + 1)
    } else {
        String::new()
    };
    match search {
        Some(Search::NameOrDomain(_)) => format!(
            "SELECT {CUSTOMER_COLUMNS} FROM customers WHERE id IN (
               SELECT id FROM (SELECT id FROM customers INDEXED BY customers_partner_name
                 WHERE partner_id = ?1 AND company_name_key >= ?2 AND company_name_key < ?3{seek}
                 ORDER BY company_name_key, id LIMIT {limit})
               UNION ALL
               SELECT id FROM (SELECT id FROM customers INDEXED BY customers_partner_domain_name
                 WHERE partner_id = ?1 AND domain_key >= ?2 AND domain_key < ?3{seek}
                 ORDER BY company_name_key, id LIMIT {limit}))
             ORDER BY company_name_key, id LIMIT {limit}"
        ),
        Some(Search::Column(column, _)) => format!(
            "SELECT {CUSTOMER_COLUMNS} FROM customers WHERE partner_id = ?1 AND {column} >= ?2 AND {column} < ?3{seek}
             ORDER BY company_name_key, id LIMIT {limit}"
        ),
        None => format!(
            "SELECT {CUSTOMER_COLUMNS} FROM customers WHERE partner_id = ?1{seek} ORDER BY company_name_key, id LIMIT {limit}"
        ),
    }
}

/// The SQL of a match count: `?1` partner, `?2`/`?3` the prefix range (with a search).
fn count_sql(search: Option<&Search>) -> String {
    match search {
        // Kept by triggers (migration 6): O(1) rather than every index entry of the partner.
        None => "SELECT coalesce((SELECT n FROM customer_counts WHERE partner_id = ?1), 0)".to_string(),
        Some(Search::Column(column, _)) => {
            format!("SELECT COUNT(*) FROM customers WHERE partner_id = ?1 AND {column} >= ?2 AND {column} < ?3")
        }
        // The name matches, plus the domain matches whose name does not match.
        Some(Search::NameOrDomain(_)) => "SELECT
              (SELECT COUNT(*) FROM customers INDEXED BY customers_partner_name
                WHERE partner_id = ?1 AND company_name_key >= ?2 AND company_name_key < ?3)
            + (SELECT COUNT(*) FROM customers INDEXED BY customers_partner_domain_name
                WHERE partner_id = ?1 AND domain_key >= ?2 AND domain_key < ?3
                  AND NOT (company_name_key >= ?2 AND company_name_key < ?3))"
            .to_string(),
    }
}

fn args(partner_id: &str, search: Option<&Search>, after: Option<&Position>) -> Vec<Value> {
    let mut args: Vec<Value> = vec![partner_id.to_string().into()];
    if let Some(s) = search {
        args.push(s.prefix().to_string().into());
        args.push(upper(s.prefix()).into());
    }
    if let Some((name, id)) = after {
        args.push(name.clone().into());
        args.push(id.clone().into());
    }
    args
}

/// Up to `limit` customers of the partner after `after`, in list order, with their name keys.
pub fn page(
    c: &Connection,
    partner_id: &str,
    search: Option<&Search>,
    after: Option<&Position>,
    limit: u32,
) -> Result<Vec<(Customer, String)>, ApiError> {
    let mut stmt = c.prepare_cached(&page_sql(search, after.is_some(), limit))?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(args(partner_id, search, after)), customer_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// How many of the partner's customers match: index-only counts (all of them: a counter).
pub fn count(c: &Connection, partner_id: &str, search: Option<&Search>) -> Result<u64, ApiError> {
    let mut stmt = c.prepare_cached(&count_sql(search))?;
    let n: i64 = stmt.query_row(rusqlite::params_from_iter(args(partner_id, search, None)), |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

async fn list(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    s.require_any(READ_ROLES)?;
    seek_operation(&q)?;
    let size = page_size(u32_query(&q, "size")?)?;
    let filter = q.get("filter").map(|f| parse_filter(f)).transpose()?;
    let after = name_seek_after(&headers)?;
    let mut uri = format!("/v1/customers?size={size}");
    if let Some(raw) = q.get("filter") {
        uri.push_str(&format!("&filter={}", percent_encode(raw)));
    }
    let pid = s.partner.id.clone();
    let (items, next, matches) = state
        .db
        .call(move |c| {
            let mut rows = page(c, &pid, filter.as_ref(), after.as_ref(), size + 1)?;
            let next = if rows.len() > size as usize {
                rows.truncate(size as usize);
                rows.last().map(|(c, key)| name_seek_key(key, &c.id))
            } else {
                None
            };
            // The first page counts the matches over all pages; later pages leave it out.
            let matches = if after.is_none() { Some(count(c, &pid, filter.as_ref())?) } else { None };
            Ok((rows.into_iter().map(|(c, _)| c).collect::<Vec<_>>(), next, matches))
        })
        .await?;
    Ok(Json(Collection::seek_page(items, next.as_deref(), &uri).with_match_count(matches)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategies;
    use proptest::prelude::*;

    /// The plan of `sql` as one text, to check that it reads indexes, never the whole table.
    fn plan(c: &Connection, sql: &str, args: usize) -> String {
        let args: Vec<Value> = (0..args).map(|i| Value::from(format!("x{i}"))).collect();
        let mut stmt = c.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| r.get::<_, String>(3)).unwrap();
        rows.map(Result::unwrap).collect::<Vec<_>>().join("\n")
    }

    fn token(key: &str) -> HeaderMap {
        let c = Collection::seek_page(vec![()], Some(key), "/v1/customers?size=1");
        let mut h = HeaderMap::new();
        let value = axum::http::HeaderValue::from_str(&c.continuation_token.unwrap()).unwrap();
        h.insert(crate::paging::CONTINUATION_HEADER, value);
        h
    }

    fn scans(plan: &str) -> bool {
        plan.lines().any(|l| l.starts_with("SCAN customers"))
    }

    fn db() -> crate::db::Db {
        crate::db::Db::open_in_memory().unwrap()
    }

    const SEARCHES: [Option<Search>; 5] = [
        None,
        Some(Search::NameOrDomain(String::new())),
        Some(Search::Column("company_name_key", String::new())),
        Some(Search::Column("domain_key", String::new())),
        Some(Search::Column("associated_partner_key", String::new())),
    ];

    #[test]
    fn searches_and_counts_read_indexes_never_the_table() {
        db().call_blocking(|c| {
            for search in SEARCHES {
                for after in [false, true] {
                    let n = 1 + if search.is_some() { 2 } else { 0 } + if after { 2 } else { 0 };
                    let p = plan(c, &page_sql(search.as_ref(), after, 101), n);
                    // "SCAN customers" is a pass over the table or a whole index; "SCAN (subquery-n)"
                    // reads a subquery's few rows.
                    assert!(!scans(&p), "{search:?} {after}: {p}");
                    assert!(p.contains("USING INDEX customers_partner_name") || search.is_some(), "{p}");
                }
                let n = if search.is_some() { 3 } else { 1 };
                let p = plan(c, &count_sql(search.as_ref()), n);
                assert!(
                    (p.contains("COVERING INDEX") || p.contains("customer_counts USING INDEX")) && !scans(&p),
                    "{search:?}: {p}"
                );
            }
            let p = plan(c, &page_sql(Some(&Search::NameOrDomain(String::new())), true, 101), 5);
            assert!(p.contains("COVERING INDEX customers_partner_domain_name"), "{p}");
        });
    }

    /// Customers with names and domains from a tiny alphabet, so prefixes overlap a lot.
    fn seeded(c: &Connection, n: usize) -> Vec<(String, String, String)> {
        c.execute("INSERT INTO partners (id, company_name, cloud, created_at) VALUES ('p', 'P', 'global', 0)", [])
            .unwrap();
        c.execute("INSERT INTO partners (id, company_name, cloud, created_at) VALUES ('q', 'Q', 'global', 0)", [])
            .unwrap();
        let mut rng = crate::demo::customers::Rng::new(7);
        let word = |rng: &mut crate::demo::customers::Rng| -> String {
            (0..1 + rng.below(4)).map(|_| ['a', 'b', 'C', 'é'][rng.below(4)]).collect()
        };
        let mut out = Vec::new();
        for i in 0..n {
            let name = word(&mut rng);
            let domain = format!("{}{i}.onmicrosoft.com", word(&mut rng).replace('é', "e").to_lowercase());
            let id = format!("{:08}-{}", rng.below(1000), i);
            let partner = if i % 5 == 4 { "q" } else { "p" };
            c.execute(
                "INSERT INTO customers (id, partner_id, commerce_id, domain, domain_key, company_name, company_name_key,
                   relationship, billing_first_name, billing_last_name, email, culture, language, billing_company_name,
                   default_address, created_at)
                 VALUES (?1, ?2, ?1, ?3, ?3, ?4, ?5, 'reseller', 'A', 'B', 'a@b.c', 'en-US', 'en', ?4, ?6, 0)",
                rusqlite::params![id, partner, domain, name, name.to_lowercase(), r#"{"country":"US","city":"X","addressLine1":"1","postalCode":"98052","firstName":"A","lastName":"B","phoneNumber":"1"}"#],
            )
            .unwrap();
            if partner == "p" {
                out.push((name.to_lowercase(), id, domain));
            }
        }
        out.sort();
        out
    }

    #[test]
    fn pages_merge_name_and_domain_matches_in_order_and_counts_agree() {
        db().call_blocking(|c| {
            let all = seeded(c, 150);
            for prefix in ["a", "b", "c", "é", "ab", "ba", "cc", "a1", "b2", "zz", "aé"] {
                let expected: Vec<String> = all
                    .iter()
                    .filter(|(name, _, domain)| name.starts_with(prefix) || domain.starts_with(prefix))
                    .map(|(_, id, _)| id.clone())
                    .collect();
                let search = Search::NameOrDomain(prefix.to_string());
                assert_eq!(count(c, "p", Some(&search)).unwrap(), expected.len() as u64, "{prefix}");
                for size in [1, 3, 7, 500] {
                    let mut got = Vec::new();
                    let mut after: Option<Position> = None;
                    loop {
                        let rows = page(c, "p", Some(&search), after.as_ref(), size).unwrap();
                        let full = rows.len() == size as usize;
                        if let Some((customer, key)) = rows.last() {
                            after = Some((key.clone(), customer.id.clone()));
                        }
                        got.extend(rows.into_iter().map(|(customer, _)| customer.id));
                        if !full {
                            break;
                        }
                    }
                    assert_eq!(got, expected, "{prefix} by {size}");
                }
                let names = all.iter().filter(|(name, _, _)| name.starts_with(prefix)).count();
                let by_name = Search::Column("company_name_key", prefix.to_string());
                assert_eq!(count(c, "p", Some(&by_name)).unwrap(), names as u64);
            }
            assert_eq!(count(c, "p", None).unwrap(), all.len() as u64);
            // The counter follows deletes and moves, and a partner without customers has 0.
            c.execute("DELETE FROM customers WHERE id = ?1", [&all[0].1]).unwrap();
            c.execute("UPDATE customers SET partner_id = 'q' WHERE id = ?1", [&all[1].1]).unwrap();
            assert_eq!(count(c, "p", None).unwrap(), all.len() as u64 - 2);
            let q: i64 =
                c.query_row("SELECT COUNT(*) FROM customers WHERE partner_id = 'q'", [], |r| r.get(0)).unwrap();
            assert_eq!(count(c, "q", None).unwrap(), q as u64);
            assert_eq!(count(c, "nobody", None).unwrap(), 0);
        });
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_filter_is_a_prefix_or_400(
            raw in strategies::text(),
            field in "CompanyName|Domain|IndirectReseller|CompanyNameOrDomain|x",
            value in strategies::text(),
        ) {
            if let Err(e) = parse_filter(&raw) {
                prop_assert_eq!(e.status.as_u16(), 400);
            }
            let json = serde_json::json!({"Field": field, "Value": value, "Operator": "starts_with"}).to_string();
            match parse_filter(&json) {
                Ok(search) => {
                    prop_assert_eq!(search.prefix(), value.trim().to_lowercase());
                    prop_assert_eq!(matches!(search, Search::NameOrDomain(_)), field == "CompanyNameOrDomain");
                }
                Err(e) => prop_assert_eq!(e.status.as_u16(), 400),
            }
        }

        #[test]
        fn seek_positions_round_trip(name in strategies::text()) {
            let id = uuid::Uuid::new_v4().to_string();
            prop_assert_eq!(name_seek_after(&token(&name_seek_key(&name, &id))).unwrap(), Some((name, id)));
        }

        #[test]
        fn any_seek_key_is_a_position_or_400(key in strategies::text()) {
            match name_seek_after(&token(&key)) {
                Ok(position) => prop_assert!(position.is_some() && key.contains('\n')),
                Err(e) => prop_assert!(e.status.as_u16() == 400 && !key.contains('\n')),
            }
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_filters_are_400(s in strategies::long()) {
            prop_assert!(parse_filter(&s).is_err());
            let json = serde_json::json!({"Field": "CompanyNameOrDomain", "Value": s, "Operator": "starts_with"}).to_string();
            if let Err(e) = parse_filter(&json) {
                prop_assert_eq!(e.status.as_u16(), 400);
            }
            let id = uuid::Uuid::new_v4().to_string();
            prop_assert_eq!(name_seek_after(&token(&name_seek_key(&s, &id))).unwrap(), Some((s, id)));
        }
    }
}
