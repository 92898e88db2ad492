"""Extraction: spaCy pipeline + profile rules -> entities (resolved, one node per real thing) and relations with evidence."""
