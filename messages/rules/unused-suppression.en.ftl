# Messages of `unused-suppression` (en).
unused-suppression-message = nothing here is reported by `{ $rule }`, so this suppression silences nothing
unused-suppression-label = unused suppression
unused-suppression-help = delete this entry; the problem it was written for is gone
