# Messages of `criminal-data` (fi).
