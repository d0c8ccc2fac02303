# Account settings › Catalog (pages/settings/catalog): CN/customize-the-catalog and the global page.
catalog-intro-china = The catalog lists all of the services available for you to resell in China. Select up to five offers that you want to appear at the top of the catalog list.
catalog-intro-global = The catalog lists Microsoft products and add-ons available for you to offer to customers. You can pin up to five offers to the top of the catalog list.
catalog-why-china = Customizing the catalog in this way makes it easier for your sales agents to quickly access the five most popular offers and for you to promote special offers.
catalog-why-global = To make it easier to access the offers that your organization uses the most or to showcase new offers to your sales agents, pin them to the top of the catalog list.
catalog-pinned-heading = Pinned offers
catalog-pinned-count = { $count } of 5 offers pinned
catalog-pinned-none = No offers are pinned yet.
catalog-offers-heading = Offers
catalog-filters = Filter offers
catalog-search = Search offers
catalog-search-hint = Search by offer name, description or offer ID.
catalog-category = Category
catalog-category-all = All categories
catalog-results = { $count ->
    [one] 1 offer
   *[other] { $count } offers
}
catalog-no-results = No offers match your search.
catalog-offer-id = Offer ID
catalog-pin = Pin to top
catalog-pin-named = Pin to top: { $name }
catalog-unpin = Unpin
catalog-unpin-named = Unpin: { $name }
catalog-move-up = Move up
catalog-move-up-named = Move up: { $name }
catalog-move-down = Move down
catalog-move-down-named = Move down: { $name }
catalog-pinned-badge = Pinned
catalog-full = You can pin up to five offers. Unpin an offer before you pin another one.
catalog-full-server = Partner Center didn't save the change: at most five offers can be pinned. The pinned offers are shown as they are now; unpin one, then try again.
catalog-conflict = Someone else changed the pinned offers while you were working. The pinned offers are shown as they are now.
catalog-apply-again = Apply my change again
catalog-saving = Saving the pinned offers…
catalog-saved = The pinned offers are saved.
catalog-read-only = Only a global admin or an admin agent can pin offers. Your role can see the catalog and the pinned offers.
catalog-throttled-wait = Too many requests. Wait { $seconds } seconds, then try again.
