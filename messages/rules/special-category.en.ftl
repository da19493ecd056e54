# Messages of `special-category` (en).
