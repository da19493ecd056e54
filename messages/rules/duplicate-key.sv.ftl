# Messages of `duplicate-key` (sv).
