# Messages of `marketing-on-contract` (en).
