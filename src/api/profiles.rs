//! `/v1/profiles`: the partner's profiles; for now the MPN ID lookup that enrollment uses.

use super::{ApiError, Client};
use crate::model::profiles::MpnProfile;

/// The MPN lookup: `Ok(None)` when the backend does not know the ID (404).
pub async fn mpn_lookup(client: &Client, mpn_id: &str) -> Result<Option<MpnProfile>, ApiError> {
    let path = format!("/v1/profiles/mpn?mpnId={}", String::from(js_sys::encode_uri_component(mpn_id)));
    match client.get::<MpnProfile>(&path).await {
        Ok(p) => Ok(Some(p)),
        Err(e) if e.status() == Some(404) => Ok(None),
        Err(e) => Err(e),
    }
}
