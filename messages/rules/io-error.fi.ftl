# Messages of `io-error` (fi).
