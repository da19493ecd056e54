# Messages of `representative` (sv).
