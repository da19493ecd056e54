# Meddelanden för `public-authority-li` (sv).
public-authority-li-message = ändamålet `{ $purpose }` grundar sig på berättigade intressen, som en myndighet inte kan åberopa när den fullgör sina uppgifter
public-authority-li-label = kan inte åberopas av myndigheter
public-authority-li-help = använd `basis: public-task` (eller `legal-obligation`) och ange i `law:` den lag där uppgiften föreskrivs; om behandlingen inte hör till myndighetens offentliga uppgifter, förklara det i `description:`
