# Messages of `derogation-routine` (sv).
