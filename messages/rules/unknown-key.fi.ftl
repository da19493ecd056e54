# Messages of `unknown-key` (fi).
