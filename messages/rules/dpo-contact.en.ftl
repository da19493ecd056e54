# Messages of `dpo-contact` (en).
