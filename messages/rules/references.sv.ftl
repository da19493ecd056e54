# Messages of `references` (sv).
