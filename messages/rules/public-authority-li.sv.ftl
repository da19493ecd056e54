# Messages of `public-authority-li` (sv).
