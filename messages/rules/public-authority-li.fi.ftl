# Messages of `public-authority-li` (fi).
