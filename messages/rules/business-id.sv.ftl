# Messages of `business-id` (sv).
