#!/usr/bin/env python3
"""Writes a register of about 4 MiB whose security text is full of findings (every sentence
holds cue words such as "voidaan" and "tarvittaessa"): the worst case for the rules and the
reports that place each finding (BENCHMARKS.md, third session).

    python3 scripts/dense-register.py target/big/big.yaml
    cd target/big && time seloste check big.yaml --format json > /dev/null
"""
import random
import sys

WORDS = (
    "henkilötietoja käsitellään tarvittaessa voidaan säilytetään asiakkuuden ajan "
    "rekisteröidyn oikeus tietoturva salaus pääsynhallinta lokitiedot varmuuskopiot "
    "palvelin konesali Suomessa joissakin tapauksissa mahdollisesti voi saattaa niin "
    "kauan kuin on tarpeen henkilöstö koulutetaan vaitiolovelvollisuus käyttäjätunnus "
    "salasana kaksivaiheinen tunnistautuminen"
).split()

random.seed(1)
paragraphs, size = [], 0
while size < 4_000_000:
    sentences = [
        " ".join(random.choice(WORDS) for _ in range(14)).capitalize() + "."
        for _ in range(4)
    ]
    paragraph = " ".join(sentences)
    paragraphs.append(paragraph)
    size += len(paragraph.encode()) + 2
body = "\n".join("  " + line for line in "\n\n".join(paragraphs).split("\n"))
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write(f"""meta:
  id: big
  schema_version: 1
  languages: [fi]
  name: Asiakasrekisteri
  created: 2024-03-16
  updated: 2026-03-02
purposes:
  - id: crm
    name: Asiakkuuden hoito
    basis: contract
    categories: [contact]
categories:
  - id: contact
    name: Yhteystiedot
    retention: {{period: P2Y, from: asiakkuuden päättymisestä}}
    sources: [form]
sources:
  - id: form
    name: Tilauslomake
    kind: data-subject
security: |-
{body}
""")
