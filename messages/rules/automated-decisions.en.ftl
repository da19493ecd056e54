# Messages of `automated-decisions` (en).
