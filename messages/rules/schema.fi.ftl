# Messages of `schema` (fi).
