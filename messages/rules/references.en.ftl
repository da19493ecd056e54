# Messages of `references` (en).
