# Messages of `duplicate-key` (en).
