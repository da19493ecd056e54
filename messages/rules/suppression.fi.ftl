# Messages of `suppression` (fi).
