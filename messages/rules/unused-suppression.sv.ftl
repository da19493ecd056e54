# Messages of `unused-suppression` (sv).
