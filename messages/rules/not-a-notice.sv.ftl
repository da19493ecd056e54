# Messages of `not-a-notice` (sv).
