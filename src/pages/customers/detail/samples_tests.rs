//! The contract's documented sample responses (api/openapi.json) go through this page's
//! mapping: the customer's billing profile into the form and back, a subscription into the CSV.

use serde_json::Value;

use super::billing::{to_input, values};
use super::csv::{self, Cell};
use crate::model::customers::{Customer, Subscription};

fn contract() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/api/openapi.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn examples(c: &Value, path: &str, op: &str, status: &str) -> Vec<Value> {
    let content = &c["paths"][path][op]["responses"][status]["content"]["application/json"];
    let mut out: Vec<Value> =
        content["examples"].as_object().map(|m| m.values().map(|e| e["value"].clone()).collect()).unwrap_or_default();
    if let Some(e) = content.get("example") {
        out.push(e.clone());
    }
    out
}

#[test]
fn the_documented_customer_renders_and_its_billing_profile_round_trips() {
    let c = contract();
    let samples = examples(&c, "/v1/customers/{customerId}", "get", "200");
    assert!(!samples.is_empty(), "getCustomer documents a sample");
    for s in samples {
        let customer: Customer = serde_json::from_value(s).unwrap();
        assert!(!customer.company_profile.domain.is_empty());
        let billing = customer.billing_profile.expect("the sample has a billing profile");
        let sent = to_input(&billing, &values(&billing));
        assert_eq!(sent.email, billing.email.trim());
        assert_eq!(sent.default_address.country, billing.default_address.country);
        let json = serde_json::to_value(&sent).unwrap();
        assert!(json["defaultAddress"].get("district").is_none());
    }
}

#[test]
fn the_documented_subscription_exports() {
    let c = contract();
    let samples = examples(&c, "/v1/customers/{customerId}/subscriptions/{subscriptionId}", "get", "200");
    assert!(!samples.is_empty(), "getSubscription documents a sample");
    for s in samples {
        let sub: Subscription = serde_json::from_value(s).unwrap();
        let file = csv::build(
            &["Subscription ID".to_string()],
            &[vec![Cell::Text(sub.id.clone()), Cell::Text(sub.friendly_name.clone()), Cell::Number(sub.quantity)]],
        );
        assert!(file.contains(&format!("{},{},{}\r\n", sub.id, sub.friendly_name, sub.quantity)));
    }
}
