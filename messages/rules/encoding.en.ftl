# Messages of `encoding` (en).
