# Messages of `unused-category` (fi).
