# Messages of `unreadable-text` (sv).
