//! `/v1/customers`, `/v1/domains`: the partner's customers, their profiles, and the reseller
//! relationship request link.

use super::{ApiError, Client, encode};
use crate::model::common::Link;
use crate::model::customers::{
    BillingProfileInput, Customer, CustomerBillingProfile, CustomerCompanyProfile, CustomerPage, NewCustomer,
    RelationshipRequest, search_filter,
};

/// The first page of the customers matching `search` (company name or domain prefix; blank:
/// all), `size` per page, sorted by company name. Later pages: [`next_page`].
pub async fn search(client: &Client, search: &str, size: u32) -> Result<CustomerPage, ApiError> {
    let mut path = format!("/v1/customers?size={size}");
    if let Some(filter) = search_filter(search) {
        path.push_str("&filter=");
        path.push_str(&encode(&filter));
    }
    client.get(&path).await
}

/// The page a previous page's `links.next` points at, followed exactly (its continuation header
/// included).
pub async fn next_page(client: &Client, next: &Link) -> Result<CustomerPage, ApiError> {
    client.follow(next).await
}

pub async fn get(client: &Client, id: &str) -> Result<Customer, ApiError> {
    client.get(&format!("/v1/customers/{}", encode(id))).await
}

/// Creates the customer and its tenant. The answer carries the new tenant admin's credentials,
/// shown once and never stored. `request_id` is kept across retries: the server replays.
pub async fn create(client: &Client, customer: &NewCustomer, request_id: &str) -> Result<Customer, ApiError> {
    client.post("/v1/customers", customer, request_id).await
}

pub async fn company_profile(client: &Client, id: &str) -> Result<CustomerCompanyProfile, ApiError> {
    client.get(&format!("/v1/customers/{}/profiles/company", encode(id))).await
}

/// The billing profile, with its ETag in `attributes.etag` (for If-Match).
pub async fn billing_profile(client: &Client, id: &str) -> Result<CustomerBillingProfile, ApiError> {
    client.get(&format!("/v1/customers/{}/profiles/billing", encode(id))).await
}

/// Replaces the billing profile under `If-Match`: 412 when it changed since `etag` was read.
pub async fn update_billing_profile(
    client: &Client,
    id: &str,
    profile: &BillingProfileInput,
    etag: &str,
) -> Result<CustomerBillingProfile, ApiError> {
    client.put(&format!("/v1/customers/{}/profiles/billing", encode(id)), profile, etag).await
}

/// Whether a tenant already uses `domain` (HEAD: 200 taken, 404 free).
pub async fn domain_taken(client: &Client, domain: &str) -> Result<bool, ApiError> {
    client.exists(&format!("/v1/domains/{}", encode(domain))).await
}

/// The partner's reusable "Request a reseller relationship" link.
pub async fn relationship_request(client: &Client) -> Result<RelationshipRequest, ApiError> {
    client.get("/v1/customers/relationshiprequests").await
}
