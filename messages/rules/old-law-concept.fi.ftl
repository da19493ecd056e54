# Messages of `old-law-concept` (fi).
