# Messages of `categories` (sv).
