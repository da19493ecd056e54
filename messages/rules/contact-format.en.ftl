# Messages of `contact-format` (en).
