//! The model types against Partner Center's documented sample responses (the shapes in
//! reference/notes/partner-center-rest-api.md, values as in the docs' examples): a backend that
//! answers like the real Partner Center must decode, and what we send must round-trip.

use super::catalog::{BillingType, Offer};
use super::common::Collection;
use super::customers::*;
use super::profiles::*;

fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(v: &T) {
    let back: T = serde_json::from_str(&serde_json::to_string(v).unwrap()).unwrap();
    assert_eq!(&back, v);
}

#[test]
fn legal_business_profile_sample() {
    // DOCS get-legal-business-profile.md
    let p: LegalBusinessProfile = serde_json::from_str(r#"{
        "companyName": "Lucerne Publishing",
        "address": {"country": "US", "region": "WA", "city": "Redmond", "state": "WA",
                    "addressLine1": "1 Microsoft Way", "postalCode": "98052", "phoneNumber": "4255550100"},
        "primaryContact": {"firstName": "Ben", "lastName": "Miller", "email": "ben@lucernepublishing.com", "phoneNumber": "4255550101"},
        "companyApproverAddress": {"country": "US", "city": "Redmond", "addressLine1": "1 Microsoft Way", "postalCode": "98052"},
        "companyApproverEmail": "approver@lucernepublishing.com",
        "vettingStatus": "authorized",
        "vettingSubStatus": "none",
        "profileType": "LegalBusinessProfile",
        "links": {"self": {"uri": "/profiles/legalbusiness", "method": "GET", "headers": []}},
        "attributes": {"objectType": "LegalBusinessProfile"}
    }"#).unwrap();
    assert_eq!(p.vetting_status, VettingStatus::Authorized);
    assert_eq!(p.address.postal_code, "98052");
    assert_eq!(p.links.self_.as_ref().unwrap().uri, "/profiles/legalbusiness");
    round_trip(&p);
    // A vetting value this client does not know yet must not break the page.
    let p: LegalBusinessProfile = serde_json::from_str(
        r#"{"companyName":"x","vettingStatus":"in_review","vettingSubStatus":"business_verification"}"#,
    )
    .unwrap();
    assert_eq!(p.vetting_status, VettingStatus::Unknown);
    assert_eq!(p.vetting_sub_status, VettingSubStatus::BusinessVerification);
}

#[test]
fn billing_organization_support_and_mpn_samples() {
    let b: BillingProfile = serde_json::from_str(r#"{"companyName":"上海法布里坎信息技术有限公司",
        "address":{"country":"CN","region":"上海市","city":"上海市","district":"浦东新区","addressLine1":"世纪大道100号","postalCode":"200120"},
        "primaryContact":{"firstName":"立华","lastName":"王","email":"wang.lihua@fabrikam-sh.cn","phoneNumber":"+86 21 5555 0100"},
        "purchaseOrderNumber":"PO-2026-001","taxId":"91310115MA1K4XXXX0","billingCurrency":"CNY",
        "attributes":{"etag":"eyJpZCI6IjEifQ","objectType":"BillingProfile"}}"#).unwrap();
    assert_eq!(b.billing_currency.as_deref(), Some("CNY"));
    assert_eq!(b.attributes.etag.as_deref(), Some("eyJpZCI6IjEifQ"));
    round_trip(&b);
    let o: OrganizationProfile = serde_json::from_str(r#"{"id":"0ac85e9f-4a1d-4b3c-b7d1-fb2c8c8b0a11","companyName":"Fabrikam, Inc.",
        "defaultAddress":{"country":"US","city":"Seattle","addressLine1":"123 Main St","postalCode":"98101"},
        "tenantId":"67c7b3a4-dc8a-4729-b820-8c4d3c2eab52","domain":"fabrikam.onmicrosoft.com","email":"admin@fabrikam.com",
        "language":"en","culture":"en-US","attributes":{"etag":"1","objectType":"OrganizationProfile"}}"#).unwrap();
    assert_eq!(o.culture, "en-US");
    round_trip(&o);
    let s: SupportProfile = serde_json::from_str(
        r#"{"email":"support@fabrikam.com","telephone":"4255550199","website":"https://fabrikam.com/support",
        "profileType":"support_profile","links":{"self":{"uri":"/v1/profiles/support","method":"GET","headers":[]}},
        "attributes":{"objectType":"PartnerSupportProfile"}}"#,
    )
    .unwrap();
    assert_eq!(s.website, "https://fabrikam.com/support");
    let m: MpnProfile = serde_json::from_str(r#"{"partnerName":"Fabrikam","mpnId":"4390934","profileType":"mpn_profile","attributes":{"objectType":"MpnProfile"}}"#).unwrap();
    assert_eq!(m.mpn_id, "4390934");
}

#[test]
fn customer_sample_with_credentials_once() {
    // DOCS create-a-customer.md / get-a-customer-by-id.md
    let c: Customer = serde_json::from_str(
        r#"{
        "id": "4c6a2f83-7b8c-4a39-a8b4-7b7b1e0e0c55",
        "commerceId": "4c6a2f83-7b8c-4a39-a8b4-7b7b1e0e0c55",
        "companyProfile": {"tenantId": "4c6a2f83-7b8c-4a39-a8b4-7b7b1e0e0c55", "domain": "wingtiptoys.onmicrosoft.com",
            "companyName": "Wingtip Toys", "attributes": {"objectType": "CustomerCompanyProfile"}},
        "billingProfile": {"id": "b1", "firstName": "Remy", "lastName": "Morris", "email": "remy@wingtiptoys.com",
            "culture": "en-US", "language": "en", "companyName": "Wingtip Toys",
            "defaultAddress": {"country": "US", "city": "Redmond", "state": "WA", "addressLine1": "One Microsoft Way",
                "postalCode": "98052", "firstName": "Remy", "lastName": "Morris", "phoneNumber": "4255550101"},
            "attributes": {"etag": "eyJ", "objectType": "CustomerBillingProfile"}},
        "relationshipToPartner": "reseller",
        "allowDelegatedAccess": true,
        "userCredentials": {"userName": "admin", "password": "Ffut8xcm"},
        "customDomains": [],
        "links": {"self": {"uri": "/customers/4c6a2f83-7b8c-4a39-a8b4-7b7b1e0e0c55", "method": "GET", "headers": []}},
        "attributes": {"objectType": "Customer"}
    }"#,
    )
    .unwrap();
    assert_eq!(c.relationship_to_partner, RelationshipToPartner::Reseller);
    assert_eq!(c.user_credentials.as_ref().unwrap().password, "Ffut8xcm");
    round_trip(&c);
}

#[test]
fn relationship_request_subscription_offer_and_relationship_samples() {
    let r: RelationshipRequest = serde_json::from_str(r#"{"url":"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=67c7b3a4&msppId=0&DAP=false#/BillingAccounts/partner-invitation","attributes":{"objectType":"RelationshipRequest"}}"#).unwrap();
    assert!(r.url.contains("invType=ResellerRelationship"));
    let s: Subscription = serde_json::from_str(r#"{"id":"a4c1340d-6911-4758-bba3-0c4c6007d161","entitlementId":"e1",
        "offerId":"031C9E47-4802-4248-838E-778FB1D2CC05","offerName":"Office 365 Business Premium","friendlyName":"Sales team",
        "quantity":25,"unitType":"Licenses","creationDate":"2026-01-05T00:00:00Z","effectiveStartDate":"2026-01-05T00:00:00Z",
        "commitmentEndDate":"2027-01-05T00:00:00Z","status":"suspended","autoRenewEnabled":true,"billingType":"license",
        "billingCycle":"monthly","partnerId":"4390934","suspensionReasons":["ResellerInitiated"],"actions":["edit","cancel"],
        "contractType":"subscription","attributes":{"etag":"eyJpZCI6ImE0YyJ9","objectType":"Subscription"}}"#).unwrap();
    assert_eq!(s.status, SubscriptionStatus::Suspended);
    assert_eq!(s.quantity, 25);
    round_trip(&s);
    let o: Offer = serde_json::from_str(r#"{"id":"195416C1-3447-423A-B37B-EE59A99A19C4","name":"Office 365 Enterprise E3",
        "description":"Best for large organisations","minimumQuantity":1,"maximumQuantity":10000,"rank":20,"uri":"/3c95518e/offers/195416C1",
        "locale":"zh-CN","country":"CN","category":{"id":"Enterprise","name":"Enterprise","rank":20,"locale":"zh-CN","country":"CN"},
        "prerequisiteOffers":[],"isAddOn":false,"isAvailableForPurchase":true,"billing":"license","isAutoRenewable":true,
        "limitUnitOfMeasure":"None","limit":10000,"hasAddOns":true,"isTrial":false,"attributes":{"objectType":"Offer"}}"#).unwrap();
    assert_eq!(o.billing, BillingType::License);
    assert_eq!(o.category.as_ref().unwrap().name, "Enterprise");
    let rel: Collection<PartnerRelationship> = serde_json::from_str(
        r#"{"totalCount":1,"items":[{"id":"2a6a6f0e","name":"Contoso Distribution Ltd.",
        "relationshipType":"is_indirect_cloud_solution_provider_of","state":"Active","mpnId":"4847383","location":"US",
        "attributes":{"objectType":"PartnerRelationship"}}],"attributes":{"objectType":"Collection"}}"#,
    )
    .unwrap();
    assert_eq!(rel.items[0].relationship_type, RelationshipType::IsIndirectCloudSolutionProviderOf);
    assert!(!rel.has_next());
}

#[test]
fn seek_collections_carry_the_next_link_with_its_header() {
    // DOCS get-invoice-unbilled-recon-lineitems.md: the next page is links.next with its headers.
    let c: Collection<Customer> = serde_json::from_str(r#"{"totalCount":0,"items":[],
        "links":{"next":{"uri":"/customers?size=100&seekOperation=Next","method":"GET","headers":[{"key":"MS-ContinuationToken","value":"AQAAAA=="}]}},
        "attributes":{"objectType":"Collection"},"continuationToken":"AQAAAA=="}"#).unwrap();
    let next = c.links.next.as_ref().unwrap();
    assert_eq!(next.headers[0].key, "MS-ContinuationToken");
    assert!(c.has_next());
}
