# Messages of `authority` (fi).
