# Messages of `recipients` (fi).
