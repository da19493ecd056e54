# Messages of `duplicate-id` (sv).
