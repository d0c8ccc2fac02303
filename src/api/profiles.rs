//! `/v1/profiles`: the partner's profiles (read, and update under `If-Match`) and the MPN ID
//! lookup that enrollment uses.

use super::{ApiError, Client, encode};
use crate::model::profiles::{MpnProfile, ProfileResource};

/// The MPN lookup: `Ok(None)` when the backend does not know the ID (404).
pub async fn mpn_lookup(client: &Client, mpn_id: &str) -> Result<Option<MpnProfile>, ApiError> {
    let path = format!("/v1/profiles/mpn?mpnId={}", encode(mpn_id));
    match client.get::<MpnProfile>(&path).await {
        Ok(p) => Ok(Some(p)),
        Err(e) if e.status() == Some(404) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The signed-in partner's own MPN profile: `Ok(None)` when no MPN ID is associated yet (404).
pub async fn mpn(client: &Client) -> Result<Option<MpnProfile>, ApiError> {
    match client.get::<MpnProfile>("/v1/profiles/mpn").await {
        Ok(p) => Ok(Some(p)),
        Err(e) if e.status() == Some(404) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Reads a profile (legal business, billing, organization or support).
pub async fn get<P: ProfileResource>(client: &Client) -> Result<P, ApiError> {
    client.get::<P>(P::PATH).await
}

/// Updates a profile: the whole object, under `If-Match` with the etag of the version the edits
/// were made on (a 412 means someone changed it meanwhile). The answer is the new version.
pub async fn update<P: ProfileResource>(client: &Client, profile: &P, etag: &str) -> Result<P, ApiError> {
    client.put::<P, P>(P::PATH, profile, etag).await
}
