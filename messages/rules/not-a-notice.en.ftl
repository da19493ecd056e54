# Messages of `not-a-notice` (en).
