# Messages of `dpo-required` (sv).
