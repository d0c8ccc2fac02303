//! A profile as the page handles it: the JSON of the typed model the API door decodes (so a
//! malformed answer is refused there), read and written by the field table's paths.

use serde_json::Value;

use super::spec::Kind;
use crate::api::{self, ApiError, Client};
use crate::model::profiles::{
    BillingProfile, LegalBusinessProfile, OrganizationProfile, ProfileResource, SupportProfile,
};

fn to_json<P: ProfileResource>(p: P) -> Result<Value, ApiError> {
    serde_json::to_value(p).map_err(|_| ApiError::Undecodable { status: 200 })
}

async fn get<P: ProfileResource>(client: &Client) -> Result<Value, ApiError> {
    to_json(api::profiles::get::<P>(client).await?)
}

async fn put<P: ProfileResource>(client: &Client, body: Value, etag: &str) -> Result<Value, ApiError> {
    // The body is what was read with the edits written in: it decodes as the model it came from.
    let profile: P = serde_json::from_value(body).map_err(|_| ApiError::Undecodable { status: 0 })?;
    to_json(api::profiles::update(client, &profile, etag).await?)
}

pub async fn read(client: Client, kind: Kind) -> Result<Value, ApiError> {
    match kind {
        Kind::Legal => get::<LegalBusinessProfile>(&client).await,
        Kind::Billing => get::<BillingProfile>(&client).await,
        Kind::Organization => get::<OrganizationProfile>(&client).await,
        Kind::Support => get::<SupportProfile>(&client).await,
    }
}

/// Sends the whole profile under `If-Match` with the etag of the version it was made from.
pub async fn update(client: Client, kind: Kind, body: Value, etag: String) -> Result<Value, ApiError> {
    let if_match = format!("\"{}\"", etag.trim_matches('"'));
    match kind {
        Kind::Legal => put::<LegalBusinessProfile>(&client, body, &if_match).await,
        Kind::Billing => put::<BillingProfile>(&client, body, &if_match).await,
        Kind::Organization => put::<OrganizationProfile>(&client, body, &if_match).await,
        Kind::Support => put::<SupportProfile>(&client, body, &if_match).await,
    }
}
