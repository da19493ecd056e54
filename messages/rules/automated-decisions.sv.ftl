# Messages of `automated-decisions` (sv).
