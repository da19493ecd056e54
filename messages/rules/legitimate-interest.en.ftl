# Messages of `legitimate-interest` (en).
legitimate-interest-message = purpose `{ $purpose }` rests on legitimate interests but does not say what the interest is
legitimate-interest-label-missing = no `legitimate_interest` given
legitimate-interest-label-blank = blank
# $lang: the notice's language; the example is notice text.
legitimate-interest-help = state in `legitimate_interest:` the specific interest pursued, in plain words, e.g. "{ $lang ->
        [fi] tiedottaminen nykyisille asiakkaille vastaavista tuotteista
        [sv] att informera befintliga kunder om liknande produkter
       *[other] keeping existing customers informed of similar products
    }"
