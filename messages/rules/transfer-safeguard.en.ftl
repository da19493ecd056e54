# Messages of `transfer-safeguard` (en).
