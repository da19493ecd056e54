# Messages of `unknown-key` (en).
