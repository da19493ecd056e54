# Messages of `translation` (fi).
