# Messages of `contact-format` (fi).
