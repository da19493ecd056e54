# Messages of `old-sccs` (fi).
