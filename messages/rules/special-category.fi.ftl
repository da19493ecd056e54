# Messages of `special-category` (fi).
