# Messages of `recipient-named` (fi).
