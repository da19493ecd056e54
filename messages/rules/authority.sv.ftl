# Messages of `authority` (sv).
