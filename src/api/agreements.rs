//! `/v1/agreements`, `/v1/customers/{id}/agreements`: the Microsoft Cloud Agreement's template
//! and recording that a customer accepted it (global cloud only).

use super::{ApiError, Client, encode};
use crate::model::agreements::{Agreement, AgreementMetaData, MICROSOFT_CLOUD_AGREEMENT, NewAgreement};
use crate::model::common::Collection;

/// The current Microsoft Cloud Agreement template's id (the first of the list: the current
/// version).
pub async fn current_template(client: &Client) -> Result<String, ApiError> {
    let c: Collection<AgreementMetaData> =
        client.get(&format!("/v1/agreements?agreementType={MICROSOFT_CLOUD_AGREEMENT}")).await?;
    Ok(c.items.into_iter().next().map(|m| m.template_id).unwrap_or_default())
}

/// Records the acceptance. `request_id` is kept across retries: the server replays.
pub async fn create(
    client: &Client,
    customer: &str,
    agreement: &NewAgreement,
    request_id: &str,
) -> Result<Agreement, ApiError> {
    let path = format!("/v1/customers/{}/agreements", encode(customer));
    client.post(&path, agreement, request_id).await
}
