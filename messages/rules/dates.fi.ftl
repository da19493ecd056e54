# Messages of `dates` (fi).
