//! Addresses of the pages these link to, with their query values encoded (ids come from the
//! server and the address bar).

use crate::routes::Page;

fn enc(v: &str) -> String {
    String::from(js_sys::encode_uri_component(v))
}

/// The customer's subscriptions tab.
pub fn customer_subscriptions(customer: &str) -> String {
    format!("{}?id={}&tab=subscriptions", Page::Customer.path(), enc(customer))
}

pub fn subscription(customer: &str, id: &str) -> String {
    format!("{}?customer={}&id={}", Page::Subscription.path(), enc(customer), enc(id))
}

/// The customer's name as the pages show it: the company profile's, else the billing profile's.
pub fn customer_name(c: &crate::model::customers::Customer) -> String {
    let name = c.company_profile.company_name.trim();
    if !name.is_empty() {
        return name.to_string();
    }
    c.billing_profile.as_ref().map(|b| b.company_name.trim().to_string()).unwrap_or_default()
}
