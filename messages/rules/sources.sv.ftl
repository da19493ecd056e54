# Messages of `sources` (sv).
