# Messages of `retention` (sv).
