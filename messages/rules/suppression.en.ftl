# Messages of `suppression` (en).
