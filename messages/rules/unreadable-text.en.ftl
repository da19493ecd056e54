# Messages of `unreadable-text` (en).
