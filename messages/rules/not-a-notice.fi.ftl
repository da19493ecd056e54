# Messages of `not-a-notice` (fi).
