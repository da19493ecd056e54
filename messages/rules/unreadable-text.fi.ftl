# Messages of `unreadable-text` (fi).
