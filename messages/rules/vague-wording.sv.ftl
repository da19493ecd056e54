# Messages of `vague-wording` (sv).
