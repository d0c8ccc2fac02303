//! The app's models against the contract's own examples (api/openapi.json, bundled from
//! api/spec/): every documented answer of a resource the app models must decode, and encode
//! back to something that decodes the same.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::catalog::Offer;
use super::common::Collection;
use super::customers::*;
use super::profiles::*;
use super::relationships::Invitation;
use super::{ErrorBody, Session};

fn contract() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/api/openapi.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("api/openapi.json (make openapi)")).unwrap()
}

fn check<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(example: &Value, at: &str) {
    let decoded: T = serde_json::from_value(example.clone()).unwrap_or_else(|e| panic!("{at}: {e}\n{example}"));
    let again: T = serde_json::from_value(serde_json::to_value(&decoded).unwrap()).unwrap();
    assert_eq!(again, decoded, "{at}");
}

/// Decodes `example` as the model for schema `name`; false when the app has no model for it.
fn decode_as(name: &str, example: &Value, at: &str) -> bool {
    match name {
        "Session" => check::<Session>(example, at),
        "ErrorBody" => check::<ErrorBody>(example, at),
        "LegalBusinessProfile" => check::<LegalBusinessProfile>(example, at),
        "BillingProfile" | "PartnerBillingProfile" => check::<BillingProfile>(example, at),
        "OrganizationProfile" => check::<OrganizationProfile>(example, at),
        "SupportProfile" | "PartnerSupportProfile" => check::<SupportProfile>(example, at),
        "MpnProfile" => check::<MpnProfile>(example, at),
        "CommerceCustomer" => check::<Customer>(example, at),
        "CommerceRelationshipRequest" => check::<RelationshipRequest>(example, at),
        "CommerceSubscription" => check::<Subscription>(example, at),
        "CommerceOffer" => check::<Offer>(example, at),
        "OnbPartnerRelationshipCollection" => check::<Collection<PartnerRelationship>>(example, at),
        "OnbInvitation" => check::<Invitation>(example, at),
        _ => return false,
    }
    true
}

fn resolve<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => r.trim_start_matches("#/").split('/').fold(doc, |node, key| &node[key]),
        None => v,
    }
}

#[test]
fn the_contract_examples_decode_into_the_app_models() {
    let doc = contract();
    let mut decoded = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(responses) = op.get("responses").and_then(Value::as_object) else { continue };
            for (status, response) in responses {
                let response = resolve(&doc, response);
                let Some(media) = response.pointer("/content/application~1json") else { continue };
                let Some(name) =
                    media.pointer("/schema/$ref").and_then(Value::as_str).map(|r| r.rsplit('/').next().unwrap())
                else {
                    continue;
                };
                let examples = media.get("examples").and_then(Value::as_object).cloned().unwrap_or_default();
                for (example_name, example) in examples {
                    let value = &resolve(&doc, &example)["value"];
                    let at = format!("{method} {path} {status} {example_name} ({name})");
                    if decode_as(name, value, &at) {
                        decoded.push(at);
                    }
                }
            }
        }
    }
    // Every resource the app models has at least one documented example, and it decoded.
    for schema in [
        "Session",
        "ErrorBody",
        "LegalBusinessProfile",
        "MpnProfile",
        "CommerceCustomer",
        "CommerceRelationshipRequest",
        "CommerceSubscription",
        "CommerceOffer",
        "OnbPartnerRelationshipCollection",
        "OnbInvitation",
    ] {
        assert!(
            decoded.iter().any(|d| d.ends_with(&format!("({schema})"))),
            "no example of {schema} decoded: {decoded:?}"
        );
    }
}
