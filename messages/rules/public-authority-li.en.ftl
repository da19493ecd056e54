# Messages of `public-authority-li` (en).
