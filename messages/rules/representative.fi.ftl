# Messages of `representative` (fi).
