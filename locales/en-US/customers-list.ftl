# Customers › the customer list (pages/customers/list).
customers-list-lead = Access your customer list to view and update customer details.
customers-list-search-region = Find customers
customers-list-search = Search by company name or domain name
customers-list-searching = Searching…
customers-list-count = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
customers-list-on-page = { $count ->
    [one] { $count } customer on this page
   *[other] { $count } customers on this page
}
customers-list-empty = You don't have any customers yet.
customers-list-empty-add = Select Add customer to create your first customer account.
customers-list-no-match = No customers match “{ $search }”.
customers-list-no-match-hint = Check the spelling, or search by the customer's company name or domain name.
customers-list-clear = Clear search
customers-list-details = Details
customers-list-details-for = Details for { $name }
customers-list-subscriptions = Subscriptions
customers-list-loading-subscriptions = Loading subscriptions…
customers-list-no-subscriptions = This customer has no subscriptions yet.
customers-list-quick-links = Quick links
customers-list-links-for = Quick links for { $name }
customers-list-link-account = Account
customers-list-link-subscriptions = Subscriptions
customers-list-link-users = Users and licenses
customers-list-paging = Pages of the customer list
customers-list-page = Page { $page }
customers-list-previous = Previous
customers-list-next = Next
customers-list-retry-after = Partner Center is busy right now. Wait { $seconds } seconds, then try again.
customers-list-export = Export customers
customers-list-export-all = Exports your whole customer list to a .csv file.
customers-list-export-search = Exports the customers that match “{ $search }” to a .csv file.
customers-list-exporting = Exporting { $done } of { $total } customers…
customers-list-exporting-so-far = Exporting… { $done } customers so far.
customers-list-export-cancel = Cancel
customers-list-export-cancelled = The export was cancelled. No file was saved.
customers-list-export-done = Export complete: { $count } customers saved to { $file }.
customers-list-export-failed = The export stopped.
