# Messages of `special-category-words` (sv).
