# Messages of `unused-category` (en).
