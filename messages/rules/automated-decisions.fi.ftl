# Messages of `automated-decisions` (fi).
