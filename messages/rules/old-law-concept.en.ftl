# Messages of `old-law-concept` (en).
