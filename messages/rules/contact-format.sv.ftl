# Messages of `contact-format` (sv).
