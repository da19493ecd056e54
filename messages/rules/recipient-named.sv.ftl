# Messages of `recipient-named` (sv).
