# Messages of `vague-retention` (en).
