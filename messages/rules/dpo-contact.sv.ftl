# Messages of `dpo-contact` (sv).
