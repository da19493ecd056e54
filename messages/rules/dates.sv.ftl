# Messages of `dates` (sv).
