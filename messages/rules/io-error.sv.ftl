# Messages of `io-error` (sv).
