# Messages of `encoding` (sv).
