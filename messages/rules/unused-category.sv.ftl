# Messages of `unused-category` (sv).
