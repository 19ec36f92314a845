"""Place mentions in addresses: nested places chain from the smallest outwards.

"Pasir Putih Jalan Jenderal Sudirman km 12 Kota Sampit Kabupaten Kotawaringin Timur,
Kalimantan Tengah" reads from the smallest place outwards: each place is in the next.
"""
from __future__ import annotations

import re

STREET_START = re.compile(r"(?:Jalan|Jl\.|Jln\.?|Gang|Gg\.)\s")
_NUMBER = r"(?:km|Km|KM)\.?\s*\d+(?:[.,]\d+)?|(?:No|Nomor)\.?\s*\d+\w*|RT\.?\s*\d+\s*/\s*RW\.?\s*\d+"
_ADMIN = r"(?:Kota|Kabupaten|Kab\.|Kecamatan|Kec\.|Kelurahan|Kel\.|Desa|Provinsi|Prov\.)"
# what may stand between a place and the place that contains it
CHAIN_GAP = re.compile(rf"^(?:\s*,?\s*(?:{_NUMBER}))*\s*(?P<comma>,)?\s*(?:{_ADMIN}\s*)?$")
LIST_AFTER = re.compile(r"^\s*,?\s*(?:dan|serta|atau|maupun)\b")


def address_chain(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs (i, j) of indexes into `spans` (sorted, one sentence) where place i is in place j.

    Consecutive places joined by nothing, a km/No./RT-RW number, or an administrative word
    ("... Kota Sampit Kabupaten Kotawaringin Timur") chain; a comma alone chains too unless
    the run of places reads as a list ("Jakarta, Bandung, dan Surabaya").
    """
    links: list[tuple[int, int]] = []
    run: list[tuple[int, int, bool]] = []
    for i in range(len(spans) - 1):
        gap = CHAIN_GAP.match(text[spans[i][1]:spans[i + 1][0]])
        if gap:
            run.append((i, i + 1, bool(gap.group("comma"))))
            continue
        links += _close(text, spans, run)
        run = []
    links += _close(text, spans, run)
    # a street is not a container: "Pasir Putih Jalan Sudirman Kota Sampit" -> Pasir Putih in Sampit
    nxt = dict(links)
    pairs = []
    for i, j in links:
        while j in nxt and STREET_START.match(text, spans[j][0]):
            j = nxt[j]
        pairs.append((i, j))
    return pairs


def _close(text, spans, run) -> list[tuple[int, int]]:
    if not run:
        return []
    last = run[-1][1]
    is_list = LIST_AFTER.match(text[spans[last][1]:spans[last][1] + 12])
    return [(i, j) for i, j, comma in run if not (comma and is_list)]
