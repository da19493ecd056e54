# Messages of `legal-provision` (en).
