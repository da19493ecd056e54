# Messages of `vague-retention` (sv).
