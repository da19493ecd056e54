# Messages of `legal-provision` (sv).
