# Messages of `special-category-words` (fi).
