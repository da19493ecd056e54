# Messages of `duplicate-id` (en).
