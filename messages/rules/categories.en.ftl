# Messages of `categories` (en).
