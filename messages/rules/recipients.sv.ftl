# Messages of `recipients` (sv).
