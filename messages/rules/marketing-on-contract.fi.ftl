# Messages of `marketing-on-contract` (fi).
