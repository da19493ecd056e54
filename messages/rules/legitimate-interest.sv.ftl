# Meddelanden för `legitimate-interest` (sv).
legitimate-interest-message = ändamålet `{ $purpose }` grundar sig på berättigade intressen, men intresset beskrivs inte
legitimate-interest-label-missing = `legitimate_interest` saknas
legitimate-interest-label-blank = tomt
# $lang: dataskyddsbeskrivningens språk; exemplet är text ur beskrivningen.
legitimate-interest-help = ange med tydliga ord i `legitimate_interest:` vilket berättigat intresse som eftersträvas, t.ex. ”{ $lang ->
        [fi] tiedottaminen nykyisille asiakkaille vastaavista tuotteista
        [sv] att informera befintliga kunder om liknande produkter
       *[other] keeping existing customers informed of similar products
    }”
