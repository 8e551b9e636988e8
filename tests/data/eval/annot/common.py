"""Helpers for writing the gold annotations by hand (see ../README.md)."""


def O(name, *mentions):
    """An organization: canonical name and its surface forms, exactly as in the text."""
    return {"name": name, "mentions": list(mentions) or [name]}


def M(text, amount, currency):
    """A money expression: exact span, value in whole units, ISO currency."""
    return {"text": text, "amount": amount, "currency": currency}


def C(company, relation, counterparty, category, year, evidence, amount=None, currency=None):
    """A claim; evidence is an exact substring of the document."""
    return {"company": company, "relation": relation, "counterparty": counterparty,
            "category": category, "amount": amount, "currency": currency,
            "year": year, "evidence": evidence}
