# Messages of `sources` (fi).
