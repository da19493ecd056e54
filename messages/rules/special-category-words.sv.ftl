# Messages of `special-category-words` (sv).
special-category-words-message = kategorin `{ $category }` nämner { special-category-words-kind } (”{ $word }”) men är inte markerad med `special:`
special-category-words-label = { special-category-words-kind } nämns här
special-category-words-also = också ”{ $word }”
special-category-words-help = om kategorin innehåller sådana uppgifter, markera den med `special: { $special }` och ange villkoret enligt artikel 9.2, här troligen `special_condition: { $condition }`: { special-category-words-condition }; om den inte gör det (orden säger vad som inte samlas in), säg det tydligt eller undanta kategorin från den här kontrollen och ange skälet
special-category-words-help-noted = om kategorin innehåller sådana uppgifter, markera den med `special: { $special }` och ange villkoret enligt artikel 9.2, här troligen `special_condition: { $condition }`: { special-category-words-condition }; { $note }; om den inte gör det (orden säger vad som inte samlas in), säg det tydligt eller undanta kategorin från den här kontrollen och ange skälet
special-category-words-kind = { $special ->
        [health] hälsouppgifter
        [genetic] genetiska uppgifter
        [biometric] biometriska uppgifter
        [religious-or-philosophical-beliefs] religiös eller filosofisk övertygelse
        [political-opinions] politiska åsikter
        [trade-union-membership] medlemskap i fackförening
        [racial-or-ethnic-origin] ras eller etniskt ursprung
        [sex-life-or-orientation] sexualliv eller sexuell läggning
       *[other] särskilda kategorier av personuppgifter
    }
special-category-words-condition = { $condition ->
        [explicit-consent] den registrerades uttryckliga samtycke (artikel 9.2 a), som begärs separat, till exempel på den blankett där uppgifterna lämnas
        [health-care] hälso- och sjukvård eller social omsorg som ges av yrkesutövare med tystnadsplikt (artikel 9.2 h), med angivande av den lag som reglerar den
        [employment-law] arbetsgivarens skyldigheter inom arbetsrätten och på områdena social trygghet och socialt skydd (artikel 9.2 b), med angivande av lagen
        [not-for-profit-members] behandling av uppgifter om de egna medlemmarna i ett organ som inte drivs i vinstsyfte, inom ramen för dess verksamhet (artikel 9.2 d), när uppgifterna inte lämnas ut utanför organet utan samtycke
       *[other] det villkor i artikel 9.2 som tillåter behandlingen
    }
