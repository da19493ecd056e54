# Messages of `transfer-safeguard` (sv).
