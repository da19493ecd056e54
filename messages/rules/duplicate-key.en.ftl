# Messages of `duplicate-key` (en).
duplicate-key-message = the key `{ $key }` appears twice in { $place }
duplicate-key-message-same = the key `{ $key }` appears twice in the same mapping
duplicate-key-label = second occurrence
duplicate-key-help = delete one of them or merge their values: seloste does not guess which one you meant
duplicate-key-concealed = the file repeats a key in one mapping, and it does not look like a register or an organisation file
