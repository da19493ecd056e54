# Messages of `special-category-words` (en).
special-category-words-message = category `{ $category }` names { special-category-words-kind } ("{ $word }") but is not marked `special:`
special-category-words-label = { special-category-words-kind } named here
special-category-words-also = also "{ $word }"
special-category-words-help = if the category holds this data, mark it `special: { $special }` and give the Art 9(2) condition, here probably `special_condition: { $condition }`: { special-category-words-condition }; if it does not (the words say what is not collected), say so plainly or suppress this rule for the category with the reason
special-category-words-help-noted = if the category holds this data, mark it `special: { $special }` and give the Art 9(2) condition, here probably `special_condition: { $condition }`: { special-category-words-condition }; { $note }; if it does not (the words say what is not collected), say so plainly or suppress this rule for the category with the reason
special-category-words-kind = { $special ->
        [health] health data
        [genetic] genetic data
        [biometric] biometric data
        [religious-or-philosophical-beliefs] religious or philosophical beliefs
        [political-opinions] political opinions
        [trade-union-membership] trade-union membership
        [racial-or-ethnic-origin] racial or ethnic origin
        [sex-life-or-orientation] sex life or sexual orientation
       *[other] special-category data
    }
special-category-words-condition = { $condition ->
        [explicit-consent] the person's explicit consent (Art 9(2)(a)), asked for separately, e.g. on the form where the data is given
        [health-care] health or social care by professionals bound by secrecy (Art 9(2)(h)), with the law that governs it
        [employment-law] the employer's obligations under employment and social security law (Art 9(2)(b)), with the law
        [not-for-profit-members] the processing of a not-for-profit body's own members' data in its activities (Art 9(2)(d)), when it is not disclosed outside the body without consent
       *[other] the Art 9(2) condition that permits it
    }
