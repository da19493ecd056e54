# Messages of `placeholder` (fi).
