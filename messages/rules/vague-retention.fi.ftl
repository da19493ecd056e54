# Messages of `vague-retention` (fi).
