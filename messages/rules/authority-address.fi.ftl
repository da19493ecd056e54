# Messages of `authority-address` (fi).
