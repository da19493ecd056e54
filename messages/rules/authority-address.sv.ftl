# Messages of `authority-address` (sv).
