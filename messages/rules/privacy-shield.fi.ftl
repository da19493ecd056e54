# Messages of `privacy-shield` (fi).
