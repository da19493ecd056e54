# Messages of `sources` (en).
