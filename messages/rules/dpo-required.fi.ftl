# Messages of `dpo-required` (fi).
