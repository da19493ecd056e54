# Messages of `encoding` (fi).
