# Messages of `duplicate-id` (fi).
