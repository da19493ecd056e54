# Messages of `placeholder` (sv).
