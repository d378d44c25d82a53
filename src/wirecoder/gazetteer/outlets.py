"""Where news outlets are based: our table of US local outlets' home towns, by web address.

A local station's "shooting in Germantown" is the Germantown of the station's own market, but most
addresses do not say where that is ("wsmv.com", "post-gazette.com"). The table is facts we wrote
down (an outlet's address, its newsroom's town and state); an address that names its town itself
("nbcmiami.com") needs no row: the place stage reads that from the address."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import GazetteerError
from .build import read_table

OUTLETS_TABLE = "us_news_outlets.tsv"
#: the kinds of outlet the table holds
OUTLET_KINDS = frozenset({"tv", "radio", "newspaper", "online"})


@dataclass(frozen=True, slots=True)
class OutletHome:
    """One outlet and the town its newsroom is in."""

    address: str  # the web domain, lower case, without "www."
    town: str
    state_code: str  # US postal code ("TN")
    kind: str
    name: str


@lru_cache(maxsize=1)
def outlet_homes() -> dict[str, OutletHome]:
    """Our table of outlets by address."""
    homes: dict[str, OutletHome] = {}
    for line, row in enumerate(read_table(OUTLETS_TABLE), start=2):
        address = (row.get("address") or "").strip().lower()
        if not address or not row.get("town") or len(row.get("state") or "") != 2 or row.get("kind") not in OUTLET_KINDS:
            raise GazetteerError(f"{OUTLETS_TABLE} line {line}: needs an address, a town, a two-letter state and a kind "
                                 f"({', '.join(sorted(OUTLET_KINDS))})")
        if address in homes:
            raise GazetteerError(f"{OUTLETS_TABLE} line {line}: {address} is in the table twice")
        homes[address] = OutletHome(address, row["town"].strip(), row["state"], row["kind"], (row.get("name") or "").strip())
    return homes


#: what comes before an outlet's own domain in the addresses of its pages
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.", "www2.")


def outlet_home(outlet: str | None, homes: dict[str, OutletHome] | None = None) -> OutletHome | None:
    """The outlet at this address ("www.wsmv.com:80", "news.wsmv.com"), if the table knows it."""
    if not outlet:
        return None
    homes = outlet_homes() if homes is None else homes
    host = outlet.lower().split("/")[0].split(":")[0]
    for prefix in _HOST_PREFIXES:
        host = host.removeprefix(prefix)
    labels = host.split(".")
    # the address itself, then each domain it lies under ("news.wsmv.com" is wsmv.com's)
    for start in range(len(labels) - 1):
        found = homes.get(".".join(labels[start:]))
        if found is not None:
            return found
    return None
