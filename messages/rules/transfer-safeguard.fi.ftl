# Messages of `transfer-safeguard` (fi).
