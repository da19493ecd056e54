# Meddelanden för `unused-category` (sv).
unused-category-message = inget ändamål använder kategorin `{ $category }`
unused-category-label = oanvänd kategori
unused-category-help = lägg till `{ $category }` i `categories` för de ändamål som använder den, eller ta bort kategorin
