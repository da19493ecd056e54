# Messages of `recipient-abroad` (en).
