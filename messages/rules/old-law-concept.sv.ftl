# Messages of `old-law-concept` (sv).
