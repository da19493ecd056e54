# Messages of `suppression` (sv).
