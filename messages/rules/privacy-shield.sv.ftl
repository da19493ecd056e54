# Messages of `privacy-shield` (sv).
