# Messages of `retention` (en).
