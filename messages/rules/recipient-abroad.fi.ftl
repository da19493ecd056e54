# Messages of `recipient-abroad` (fi).
