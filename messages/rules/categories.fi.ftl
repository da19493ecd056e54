# Messages of `categories` (fi).
