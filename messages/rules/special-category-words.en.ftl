# Messages of `special-category-words` (en).
