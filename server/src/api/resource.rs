//! The envelope every resource carries.

use serde::{Deserialize, Serialize};

/// A read-only object a client sends back as it read it (`attributes`, `links`): ignored, but
/// it must be an object, as the contract says.
pub type EchoedObject = serde_json::Map<String, serde_json::Value>;

/// With `#[serde(default, deserialize_with = "echoed_object")]`: absent is fine, present means an
/// object; `null` or another type is refused like any wrong type (the contract check found a
/// PATCH that took `"attributes": 0`).
pub fn echoed_object<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<EchoedObject>, D::Error> {
    EchoedObject::deserialize(d).map(Some)
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attributes {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    pub object_type: &'static str,
}

impl Attributes {
    pub fn of(object_type: &'static str) -> Attributes {
        Attributes { etag: None, object_type }
    }
}
