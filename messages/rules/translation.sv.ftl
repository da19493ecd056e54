# Messages of `translation` (sv).
