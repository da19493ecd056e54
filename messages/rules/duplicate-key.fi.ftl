# Messages of `duplicate-key` (fi).
