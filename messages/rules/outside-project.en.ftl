# Messages of `outside-project` (en).
outside-project-message = { $path } is outside the project folder { $folder }, so seloste does not read it
outside-project-help = { $project }. Run seloste from the project folder, or put an empty seloste.toml in the folder that holds all your registers
outside-project-link = { $path } is a symbolic link that leads outside the project folder { $folder }; it was not read
outside-project-link-help = { $project }. Replace the link with the file itself, or remove it
