# Messages of `representative` (en).
