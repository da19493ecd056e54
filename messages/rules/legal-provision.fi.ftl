# Messages of `legal-provision` (fi).
