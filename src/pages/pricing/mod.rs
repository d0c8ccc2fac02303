//! Pricing and offers: the offers of the partner's market with their prices, and the monthly
//! price list with its 30-day preview and a CSV download (CN/see-offers-and-pricing). One area,
//! loaded on demand (`crate::areas`).

pub mod entry;
mod intl;
mod offer_table;
mod price_list;
mod pricing_page;
