# Messages of `legitimate-interest` (sv).
