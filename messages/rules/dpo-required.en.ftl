# Messages of `dpo-required` (en).
