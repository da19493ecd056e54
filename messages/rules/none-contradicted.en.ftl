# Messages of `none-contradicted` (en).

none-contradicted-message-transfer = `recipients: none` says the data is disclosed to no one, but a transfer sends it to `{ $to }`
none-contradicted-label-transfer = a transfer is a disclosure
none-contradicted-help-transfer = list the recipient under `recipients` in place of `none` (line { $line }), or remove the transfer if the data is not sent there
none-contradicted-message-service = `recipients: none` says the data is disclosed to no one, but this text names { $named }, a service that processes data for its customers
none-contradicted-label-service = a service that receives the data
none-contradicted-help-service = a processor is a recipient: list { $named } under `recipients` in place of `none` (line { $line }) with `role: processor`; if the text only mentions the service without it receiving any of this register's data, silence this finding here with the reason
none-contradicted-message-organisation = `transfers: none` says no data leaves the EU/EEA, but the organisation file lists a transfer to recipient `{ $recipient }`, which this register uses
none-contradicted-label-organisation = a transfer that applies to this register
none-contradicted-help-organisation = remove `transfers: none` (line { $line }) so that the organisation file's transfer is printed, or stop using the recipient in this register
none-contradicted-message-abroad = `transfers: none` says no data leaves the EU/EEA, but recipient `{ $id }` is in { $country }
none-contradicted-label-abroad = a recipient outside the EU/EEA
none-contradicted-help-abroad = replace `transfers: none` (line { $line }) with an entry such as `- {"{"}recipient: { $id }, country: { $country }, mechanism: …{"}"}`, or correct the recipient's country if the data stays in the EU/EEA
