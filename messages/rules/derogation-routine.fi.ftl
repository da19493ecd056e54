# Messages of `derogation-routine` (fi).
