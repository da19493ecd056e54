# Messages of `purpose-basis` (sv).
