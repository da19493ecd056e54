# Messages of `recipient-abroad` (sv).
