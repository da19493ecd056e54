# Messages of `vague-wording` (fi).
