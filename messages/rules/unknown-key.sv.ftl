# Messages of `unknown-key` (sv).
