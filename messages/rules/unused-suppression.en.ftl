# Messages of `unused-suppression` (en).
