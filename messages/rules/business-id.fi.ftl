# Messages of `business-id` (fi).
