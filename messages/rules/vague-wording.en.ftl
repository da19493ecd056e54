# Messages of `vague-wording` (en).
