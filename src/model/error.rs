//! The Partner Center error body: `{code, description, data, source}` on every 4xx / 5xx.

use serde::{Deserialize, Serialize};

/// Real Partner Center answers put a number in `code` (2000, 800015); project endpoints use
/// readable strings (`invalid_credentials`). Both must decode.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ErrorCode {
    Number(i64),
    Text(String),
}

impl ErrorCode {
    pub fn is(&self, text: &str) -> bool {
        matches!(self, ErrorCode::Text(t) if t == text)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub code: ErrorCode,
    #[serde(default)]
    pub description: String,
    /// An array in the docs; kept as raw JSON because servers put objects, strings or
    /// nothing here, and a surprising shape must not turn a clear error into a decode error.
    #[serde(default)]
    pub data: serde_json::Value,
    #[serde(default)]
    pub source: Option<String>,
}

/// A problem with one field, from `data[]`: `{field, code, description}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
    #[serde(default)]
    pub description: String,
}

impl ErrorBody {
    pub fn field_errors(&self) -> Vec<FieldError> {
        match &self.data {
            serde_json::Value::Array(items) => {
                items.iter().filter_map(|v| serde_json::from_value::<FieldError>(v.clone()).ok()).collect()
            }
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_the_documented_partner_center_samples() {
        // DOCS verify-indirect-reseller-mpa-status.md and get-partner-by-mpn-id.md.
        let b: ErrorBody = serde_json::from_str(
            r#"{"code": 2000, "description": "Tenant Id must be a GUID.", "data": [], "source": "PartnerApiServiceControllers"}"#,
        )
        .unwrap();
        assert_eq!(b.code, ErrorCode::Number(2000));
        assert_eq!(b.source.as_deref(), Some("PartnerApiServiceControllers"));
        let b: ErrorBody = serde_json::from_str(
            r#"{"code":"800015","description":"MPN ID not found","data":null,"source":"PartnerFD"}"#,
        )
        .unwrap();
        assert_eq!(b.code, ErrorCode::Text("800015".into()));
        assert!(b.field_errors().is_empty());
    }

    #[test]
    fn field_errors_ignore_shapes_they_do_not_know() {
        let b: ErrorBody = serde_json::from_str(
            r#"{"code":"validation_failed","description":"x","data":[
                {"field":"userName","code":"required","description":"Enter it"},
                "free text", {"unrelated": true}]}"#,
        )
        .unwrap();
        assert!(b.code.is("validation_failed"));
        assert_eq!(
            b.field_errors(),
            vec![FieldError { field: "userName".into(), code: "required".into(), description: "Enter it".into() }]
        );
    }
}
