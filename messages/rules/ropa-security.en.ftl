# Messages of `ropa-security` (en).

ropa-security-message = the record of processing activities has no description of the security measures
ropa-security-label = no `internal.security_measures` and no `security`
ropa-security-help = describe the technical and organisational security measures in `internal.security_measures` (here or in the organisation file), or in `security` if the notice may say it
