"""Domain profiles: what giftgraph knows in advance about a vendor and an agency.

A profile is a directory of YAML (or JSONL) data files; nothing domain-specific lives in code.
Shipped profiles sit under ``nlp/profiles/<name>/`` (``ring_lapd`` is the default, ``flock_apd`` a
second one); ``--profile`` takes a shipped name, any directory path, or ``auto`` (a profile drafted
from the release by ``giftgraph.nlp.draft_profile``). `Profile.load` is the one loader.

Files read here (``profile.yaml`` is required; every other file is optional, and an absent file
means "nothing of that kind", never another profile's data):

- ``profile.yaml``: ``name``, ``description``, ``timezone``, ``vendor`` and ``agency`` (names of organisations).
- ``organizations.yaml``: ``organizations: [{name, kind: vendor|agency|other, aliases}]``.
- ``domains.yaml``: ``domains: {domain: {role, organization, serial_local_part}}`` (role: vendor_employee |
  officer | other; organization: an entry of organizations.yaml).
- ``products.yaml``: ``products: [{name, unit_price_usd, aliases, unit, device}]`` (``device: false`` for
  a service such as a recording plan: valued, never counted as a device).
- ``units.yaml``: ``units: [{name, kind, bureau, aliases}]`` (divisions, areas, bureaus).
- ``ranks.yaml``: ``ranks: [{title, sworn, abbreviations}]``.
- ``promo_codes.yaml``: ``patterns`` (regexes), ``context`` words, ``window``.
- ``nicknames.yaml``: extra ``nicknames: {given name: [short forms]}``; ``noise.yaml``: extra words and
  regexes that are never a person.

Every ``*.yaml`` file is also kept whole in ``Profile.raw[stem]`` (``Profile.file(stem)``; and every
``*.jsonl`` as a list of records), so later stages keep their own data in the same directory
(``relations.yaml``). Generic lexicons shared by every profile (nicknames, words that are never
names) are in ``nlp/data/``. Profiles are loaded when extraction starts, never at import time.
A mistake in a file is a `ProfileError` of one line naming the file.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from giftgraph.errors import GiftgraphError

__all__ = ["DEFAULT_PROFILE", "DEFAULT_TIMEZONE", "AUTO_PROFILE", "is_auto", "ProfileError", "Product", "Unit", "Organization", "Rank", "Profile", "load_profile",
           "PROFILES_DIR", "DATA_DIR", "available_profiles", "not_person_words"]

PROFILES_DIR = Path(__file__).parent / "profiles"
DATA_DIR = Path(__file__).parent / "data"
DEFAULT_PROFILE = "ring_lapd"  # the profile used when none is named
DEFAULT_TIMEZONE = "America/Los_Angeles"  # the zone of printed times that carry none, when none is named
AUTO_PROFILE = "auto"  # --profile auto: a profile drafted from the release (giftgraph.nlp.draft_profile)


def is_auto(spec: object) -> bool:
    """Does a --profile value ask for a profile drafted from the release?"""
    return isinstance(spec, str) and spec == AUTO_PROFILE


ORG_KINDS = ("vendor", "agency", "other")
ROLES = ("vendor_employee", "officer", "other")


class ProfileError(GiftgraphError):
    """A profile that cannot be found or read; the message names the file and the problem."""


@dataclass
class Product:
    name: str
    unit_price_usd: float | None = None
    aliases: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Unit:
    name: str
    kind: str = "division"
    bureau: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Organization:
    name: str
    kind: str = "other"  # vendor | agency | other
    aliases: list[str] = field(default_factory=list)


@dataclass
class Rank:
    title: str
    sworn: bool = True
    abbreviations: list[str] = field(default_factory=list)


# libyaml's safe loader when PyYAML was built with it: the same documents, ~10x less CPU (a profile is
# read several times per run: validation, cache fingerprints, extraction)
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=1)
def not_person_words() -> dict[str, frozenset[str]]:
    """The word lists of `nlp/data/not_person.yaml` in lower case (the words that end a place's name, those that
    start one, ...), read once."""
    data = _read_yaml(DATA_DIR / "not_person.yaml") or {}
    return {k: frozenset(str(w).lower() for w in v or []) for k, v in data.items()}


def _read_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_SafeLoader)
    except yaml.YAMLError as exc:
        raise ProfileError(f"{path}: not valid YAML: {exc}") from exc
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read: {exc}") from exc


def _read_jsonl(path: Path) -> list:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ProfileError(f"{path}:{i}: not valid JSON: {exc}") from exc
    return rows


def available_profiles() -> list[str]:
    return sorted(p.name for p in PROFILES_DIR.iterdir() if (p / "profile.yaml").is_file())


@dataclass
class Profile:
    """Domain knowledge for one vendor/agency pair (see the module docstring for the files)."""

    name: str
    path: Path
    description: str = ""
    timezone: str | None = None  # zone of printed times that carry none (profile.yaml), when the user names none
    vendor: str | None = None
    agency: str | None = None
    organizations: list[Organization] = field(default_factory=list)
    products: list[Product] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    ranks: list[Rank] = field(default_factory=list)
    domains: dict[str, dict] = field(default_factory=dict)
    promo_patterns: list[str] = field(default_factory=list)
    promo_context: list[str] = field(default_factory=list)
    promo_window: int = 15
    nicknames: dict[str, set[str]] = field(default_factory=dict)  # given name -> short forms (lower case)
    never_person: set[str] = field(default_factory=set)
    never_person_regex: list[str] = field(default_factory=list)
    organization_words: set[str] = field(default_factory=set)
    title_words: set[str] = field(default_factory=set)
    raw: dict[str, Any] = field(default_factory=dict)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, name_or_path: "str | Path | Profile | None" = None) -> "Profile":
        """Load a shipped profile by name, or a profile directory by path (the one way profiles are
        loaded). ``profile.yaml`` is required; every other file is optional, and an absent file means
        "nothing of that kind" (no products, no units, ...), never another profile's data."""
        if isinstance(name_or_path, Profile):
            return name_or_path
        spec = str(name_or_path or DEFAULT_PROFILE)
        path = Path(spec)
        if not (path.is_dir() and (path / "profile.yaml").is_file()):
            shipped = PROFILES_DIR / spec
            if (shipped / "profile.yaml").is_file():
                path = shipped
            elif path.is_dir():
                raise ProfileError(f"{path / 'profile.yaml'}: no such file (a profile directory needs one; "
                                   f"`giftgraph profile init RELEASE -o {path}` drafts a profile)")
            elif is_auto(spec):
                raise ProfileError("profile 'auto' is drafted from a release: give it to `giftgraph ingest`, "
                                   "or write one with `giftgraph profile init RELEASE -o DIR`")
            else:
                raise ProfileError(f"profile {spec!r}: no such directory and no shipped profile of that name "
                                   f"(shipped: {', '.join(available_profiles())})")
        raw: dict[str, Any] = {}
        for f in sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml")):
            raw[f.stem] = _read_yaml(f) or {}
        for f in sorted(path.glob("*.jsonl")):
            raw[f.stem] = _read_jsonl(f)
        return cls._from_raw(path, raw)

    @classmethod
    def from_files(cls, files: dict[str, Any], path: "str | Path") -> "Profile":
        """A profile from its files' contents already in memory (stem -> parsed YAML), as a drafted
        profile is before it is written; validated as the files on disk are."""
        return cls._from_raw(Path(path), dict(files))

    @classmethod
    def _from_raw(cls, path: Path, raw: dict[str, Any]) -> "Profile":
        def section(stem: str, key: str, default):
            data = raw.get(stem) or {}
            if not isinstance(data, dict):
                raise ProfileError(f"{path / (stem + '.yaml')}: expected a mapping with {key!r}")
            value = data.get(key, default)
            return default if value is None else value

        def need(item: dict, key: str, stem: str):
            if not isinstance(item, dict) or not item.get(key):
                raise ProfileError(f"{path / (stem + '.yaml')}: entry {item!r} has no {key!r}")
            return item[key]

        def listing(stem: str, key: str) -> list:
            value = section(stem, key, [])
            if not isinstance(value, list):
                raise ProfileError(f"{path / (stem + '.yaml')}: {key!r} must be a list")
            return value

        if "profile" not in raw:
            raise ProfileError(f"{path / 'profile.yaml'}: no such file (every profile has one)")
        meta = raw.get("profile") or {}
        if not isinstance(meta, dict):
            raise ProfileError(f"{path / 'profile.yaml'}: expected a mapping (name, description, vendor, agency)")
        prof = cls(name=str(meta.get("name") or path.name), path=path, description=str(meta.get("description") or ""),
                   timezone=meta.get("timezone") or None, vendor=meta.get("vendor") or None,
                   agency=meta.get("agency") or None, raw=raw)
        for o in listing("organizations", "organizations"):
            kind = (o.get("kind") if isinstance(o, dict) else None) or "other"
            if kind not in ORG_KINDS:
                raise ProfileError(f"{path / 'organizations.yaml'}: {o.get('name')!r} has kind {kind!r} "
                                   f"(one of {', '.join(ORG_KINDS)})")
            prof.organizations.append(Organization(name=need(o, "name", "organizations"), kind=kind,
                                                   aliases=[str(a) for a in o.get("aliases") or []]))
        for p in listing("products", "products"):
            extra = {k: v for k, v in p.items() if k not in ("name", "unit_price_usd", "aliases")}
            price = p.get("unit_price_usd")
            prof.products.append(Product(name=need(p, "name", "products"),
                                         unit_price_usd=float(price) if price is not None else None,
                                         aliases=[str(a) for a in p.get("aliases") or []], attrs=extra))
        for u in listing("units", "units"):
            prof.units.append(Unit(name=need(u, "name", "units"), kind=u.get("kind", "division"), bureau=u.get("bureau"),
                                   aliases=[str(a) for a in u.get("aliases") or []]))
        for r in listing("ranks", "ranks"):
            prof.ranks.append(Rank(title=need(r, "title", "ranks"), sworn=bool(r.get("sworn", True)),
                                   abbreviations=[str(a) for a in r.get("abbreviations") or []]))
        domains = section("domains", "domains", {})
        if not isinstance(domains, dict):
            raise ProfileError(f"{path / 'domains.yaml'}: 'domains' must map a domain to {{role, organization}}")
        prof.domains = {str(d).lower(): dict(v or {}) for d, v in domains.items()}
        for d, info in prof.domains.items():
            if info.get("role") is not None and info["role"] not in ROLES:
                raise ProfileError(f"{path / 'domains.yaml'}: {d}: role {info['role']!r} (one of {', '.join(ROLES)})")
        prof.promo_patterns = [str(p) for p in section("promo_codes", "patterns", [])]
        prof.promo_context = [str(w).lower() for w in section("promo_codes", "context", [])]
        prof.promo_window = int(section("promo_codes", "window", 15))
        for p in prof.promo_patterns:
            try:
                re.compile(p)
            except re.error as exc:
                raise ProfileError(f"{path / 'promo_codes.yaml'}: bad pattern {p!r}: {exc}") from exc

        # generic lexicons, then the profile's own additions
        common_nick = (_read_yaml(DATA_DIR / "nicknames.yaml") or {}).get("nicknames", {})
        for given, shorts in list(common_nick.items()) + list(section("nicknames", "nicknames", {}).items()):
            prof.nicknames.setdefault(str(given).lower(), set()).update(str(s).lower() for s in shorts or [])
        noise = _read_yaml(DATA_DIR / "noise.yaml") or {}
        own_noise = raw.get("noise") or {}
        prof.never_person = {str(w).lower() for w in noise.get("never_person", []) + own_noise.get("never_person", [])}
        prof.never_person_regex = list(noise.get("never_person_regex", [])) + list(own_noise.get("never_person_regex", []))
        prof.organization_words = {str(w).lower() for w in noise.get("organization_words", []) + own_noise.get("organization_words", [])}
        prof.title_words = {str(w).lower() for w in noise.get("title_words", []) + own_noise.get("title_words", [])}
        for name in (prof.vendor, prof.agency):
            if name and not prof.organization(name):
                prof.organizations.append(Organization(name=name, kind="vendor" if name == prof.vendor else "agency"))
        for d, info in prof.domains.items():
            if info.get("organization") and not prof.organization(info["organization"]):
                raise ProfileError(f"{path / 'domains.yaml'}: {d}: organization {info['organization']!r} is not in "
                                   f"organizations.yaml")
        return prof

    def file(self, stem: str) -> Any:
        """The parsed content of the profile's ``<stem>.yaml`` (or ``.jsonl``), or ``{}`` when the
        profile has no such file: a stage's own data (``relations.yaml``) without another profile's."""
        return self.raw.get(stem) or {}

    # ------------------------------------------------------------------ look-ups
    def organization(self, name: str | None) -> Organization | None:
        if not name:
            return None
        low = name.lower()
        for o in self.organizations:
            if o.name.lower() == low or low in (a.lower() for a in o.aliases):
                return o
        return None

    @property
    def vendor_org(self) -> Organization | None:
        return self.organization(self.vendor)

    @property
    def agency_org(self) -> Organization | None:
        return self.organization(self.agency)

    def domain_info(self, email: str) -> dict:
        """What an address's domain says: {role, organization, serial_local_part} (or {})."""
        if "@" not in (email or ""):
            return {}
        domain = email.rsplit("@", 1)[1].lower().strip(".>")
        while domain:
            if domain in self.domains:
                return self.domains[domain]
            if "." not in domain:
                break
            domain = domain.split(".", 1)[1]
        return {}

    def rank_words(self) -> dict[str, Rank]:
        """Every rank title and abbreviation (lower case, without the final dot) -> Rank."""
        out: dict[str, Rank] = {}
        for r in self.ranks:
            for form in [r.title, *r.abbreviations]:
                out.setdefault(form.lower().rstrip("."), r)
        return out

    def nickname_groups(self) -> dict[str, set[str]]:
        """Lower-case given name or short form -> every name it can stand for (itself included)."""
        groups: dict[str, set[str]] = {}
        for given, shorts in self.nicknames.items():
            groups.setdefault(given, {given}).update(shorts)
            for s in shorts:
                groups.setdefault(s, {s}).add(given)
        return groups


def load_profile(name_or_path: "str | Path | Profile | None" = None) -> Profile:
    return Profile.load(name_or_path)
