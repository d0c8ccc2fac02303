//! `/v1/offers`, `/v1/offercategories`, `/v1/pricelist`, `/v1/pinnedoffers`.

use super::{ApiError, Client, encode};
use crate::model::catalog::{Offer, OfferCategory, PinnedOffer, PinnedOffersUpdate, Pins, PriceListRow};
use crate::model::common::Collection;

/// The largest page the contract allows: the catalogs are small, so one or two reads fetch all.
const PAGE: u32 = 500;
/// A server that keeps answering full pages is not followed for ever.
const MAX_PAGES: u32 = 20;

/// Every offer of the market, by rank (offset paging followed to the end).
pub async fn offers(client: &Client, country: &str) -> Result<Vec<Offer>, ApiError> {
    let mut all = Vec::new();
    for page in 0..MAX_PAGES {
        let path = format!("/v1/offers?country={}&size={PAGE}&offset={}", encode(country), page * PAGE);
        let c: Collection<Offer> = client.get(&path).await?;
        let last = c.items.len() < PAGE as usize || !c.has_next();
        all.extend(c.items);
        if last {
            break;
        }
    }
    Ok(all)
}

pub async fn categories(client: &Client, country: &str) -> Result<Vec<OfferCategory>, ApiError> {
    let c: Collection<OfferCategory> = client.get(&format!("/v1/offercategories?country={}", encode(country))).await?;
    Ok(c.items)
}

/// The price list in effect on `effective` (`YYYY-MM-DD`), today's when None.
pub async fn price_list(
    client: &Client,
    country: &str,
    effective: Option<&str>,
) -> Result<Vec<PriceListRow>, ApiError> {
    let mut path = format!("/v1/pricelist?country={}", encode(country));
    if let Some(day) = effective {
        path.push_str(&format!("&effective={}", encode(day)));
    }
    let c: Collection<PriceListRow> = client.get(&path).await?;
    Ok(c.items)
}

fn pins_of(c: Collection<PinnedOffer>) -> Pins {
    // A list without an ETag can still be replaced: `*` is "whatever it is now".
    Pins { etag: c.attributes.etag.unwrap_or_else(|| "*".into()), items: c.items }
}

pub async fn pinned(client: &Client) -> Result<Pins, ApiError> {
    Ok(pins_of(client.get("/v1/pinnedoffers").await?))
}

/// Replaces the pinned list under the ETag of the last read; a 412 means someone else changed it.
pub async fn set_pinned(client: &Client, offer_ids: Vec<String>, etag: &str) -> Result<Pins, ApiError> {
    let c: Collection<PinnedOffer> = client.put("/v1/pinnedoffers", &PinnedOffersUpdate { offer_ids }, etag).await?;
    Ok(pins_of(c))
}
