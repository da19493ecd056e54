# Messages of `unused-suppression` (fi).
