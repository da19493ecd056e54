# Messages of `outside-project` (sv).
outside-project-message = { $path } ligger utanför projektmappen { $folder }, så seloste läser den inte
outside-project-help = { $project }. Kör seloste i projektmappen, eller lägg en tom seloste.toml i den mapp där alla dina register finns
outside-project-link = { $path } är en symbolisk länk som leder utanför projektmappen { $folder }; den lästes inte
outside-project-link-help = { $project }. Ersätt länken med själva filen, eller ta bort länken
