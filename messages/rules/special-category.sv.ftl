# Messages of `special-category` (sv).
