# Messages of `marketing-on-contract` (sv).
