# Messages of `retention` (fi).
