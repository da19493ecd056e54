# Messages of `placeholder` (en).
