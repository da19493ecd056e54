# Messages of `io-error` (en).
