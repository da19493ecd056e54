# Messages of `privacy-shield` (en).
