# Messages of `references` (fi).
