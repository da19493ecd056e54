# Messages of `business-id` (en).
