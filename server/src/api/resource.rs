//! The envelope every resource carries.

use serde::Serialize;

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
