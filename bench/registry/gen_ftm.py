#!/usr/bin/env python3
"""Generate an FtM JSON-lines registry for the import benchmark: N
organizations (Company, Organization, PublicBody; names, aliases, countries,
valid ISINs and LEIs on some), persons mixed in (every fifth line), and
Ownership lines linking some companies to a parent. Deterministic.

    python3 bench/registry/gen_ftm.py 1000000 > /tmp/orgs.ftm
"""
import json
import random
import sys

COUNTRIES = ["us", "gb", "fr", "de", "il", "nl", "se", "it", "es", "jp", "ca", "au"]
WORDS = ["Alpha", "Borealis", "Cobalt", "Delta", "Ember", "Falcon", "Granite", "Harbor",
         "Iris", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Orion", "Pioneer",
         "Quartz", "Raven", "Summit", "Titan", "Umbra", "Vertex", "Willow", "Zephyr"]
FORMS = ["Ltd", "Inc", "SA", "GmbH", "AG", "PLC", "BV", "AB", "SpA", "Corp"]


def luhn_isin(body):
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return body + str((10 - total % 10) % 10)


def lei(body18):
    n = int("".join(str(int(c, 36)) for c in body18 + "00"))
    return body18 + "%02d" % (98 - n % 97)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    rnd = random.Random(16)
    out = sys.stdout
    for i in range(n):
        schema = "Company" if i % 10 < 7 else ("Organization" if i % 10 < 9 else "PublicBody")
        w = rnd.sample(WORDS, 2)
        name = "%s %s %d %s" % (w[0], w[1], i, rnd.choice(FORMS))
        props = {"name": [name], "country": [rnd.choice(COUNTRIES)]}
        if i % 3 == 0:
            props["alias"] = ["%s %s %d" % (w[0], w[1], i)]
        if schema == "Company" and i % 4 == 0:
            props["isinCode"] = [luhn_isin("US%09d" % i)]
        if i % 5 == 0:
            props["leiCode"] = [lei("5493%014d" % i)]
        out.write(json.dumps({"id": "NK-%07d" % i, "schema": schema, "properties": props},
                             separators=(",", ":")) + "\n")
        if i % 4 == 3:
            out.write(json.dumps({"id": "P-%07d" % i, "schema": "Person",
                                  "properties": {"name": ["Person %d" % i]}},
                                 separators=(",", ":")) + "\n")
        if schema == "Company" and i % 10 == 1 and i > 10:
            out.write(json.dumps({"id": "own-%07d" % i, "schema": "Ownership",
                                  "properties": {"owner": ["NK-%07d" % (i - 1)],
                                                 "asset": ["NK-%07d" % i],
                                                 "percentage": ["100"]}},
                                 separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
