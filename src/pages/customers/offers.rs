//! The offers Add customer and Add subscription list: those that can be bought, the partner's pinned offers
//! first in their pinned order, then the rest by the catalog's rank, narrowed by the search
//! (name, description or offer ID). Pure.

use crate::model::catalog::{Offer, offer_matches};

pub fn choices(offers: &[Offer], pinned: &[String], search: &str) -> Vec<Offer> {
    let pin_rank = |o: &Offer| pinned.iter().position(|p| p.eq_ignore_ascii_case(&o.id));
    let mut list: Vec<&Offer> =
        offers.iter().filter(|o| o.is_available_for_purchase && offer_matches(o, search, "")).collect();
    // Pinned (by their place in the pinned list) before the others (by rank, then name).
    list.sort_by(|a, b| match (pin_rank(a), pin_rank(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.rank.cmp(&b.rank).then_with(|| a.name.cmp(&b.name)),
    });
    list.into_iter().cloned().collect()
}

pub fn is_pinned(pinned: &[String], offer: &Offer) -> bool {
    pinned.iter().any(|p| p.eq_ignore_ascii_case(&offer.id))
}

/// The offer with this id.
pub fn find<'a>(offers: &'a [Offer], id: &str) -> Option<&'a Offer> {
    offers.iter().find(|o| o.id.eq_ignore_ascii_case(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offer(id: &str, name: &str, rank: i64, buyable: bool) -> Offer {
        Offer { id: id.into(), name: name.into(), rank, is_available_for_purchase: buyable, ..Offer::default() }
    }

    #[test]
    fn pinned_first_in_their_order_then_by_rank_and_only_what_can_be_bought() {
        let offers = [
            offer("A", "Office 365 E1", 1, true),
            offer("B", "Office 365 E3", 2, true),
            offer("C", "Power BI Pro", 3, true),
            offer("D", "Retired", 0, false),
        ];
        let pinned = vec!["c".to_string(), "B".to_string()];
        let ids: Vec<String> = choices(&offers, &pinned, "").into_iter().map(|o| o.id).collect();
        assert_eq!(ids, ["C", "B", "A"]);
        let ids: Vec<String> = choices(&offers, &pinned, " office ").into_iter().map(|o| o.id).collect();
        assert_eq!(ids, ["B", "A"]);
        assert!(choices(&offers, &pinned, "no such offer").is_empty());
        assert!(is_pinned(&pinned, &offers[1]));
        assert_eq!(find(&offers, "a").map(|o| o.name.as_str()), Some("Office 365 E1"));
    }
}
