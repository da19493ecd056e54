# Messages of `derogation-routine` (en).
