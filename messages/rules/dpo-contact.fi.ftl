# Messages of `dpo-contact` (fi).
