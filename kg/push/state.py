"""What was last pushed where: {endpoint: {graph IRI: sha256 of its N-Triples}}, kept in
one small JSON file next to the store (STORE.push-state.json), written atomically."""
from __future__ import annotations

import json
from pathlib import Path

from kg.errors import KgError
from kg.outputs import atomic_writer


def state_path(store_path: str | Path) -> Path:
    store_path = Path(store_path)
    return store_path.with_name(store_path.name + ".push-state.json")


def load_state(store_path: str | Path, endpoint: str) -> dict[str, str]:
    path = state_path(store_path)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise KgError(f"{path}: unreadable push state ({error}); delete it to push everything") from None
    hashes = data.get("endpoints", {}).get(endpoint, {})
    return {str(k): str(v) for k, v in hashes.items()}


def save_state(store_path: str | Path, endpoint: str, hashes: dict[str, str]) -> None:
    path = state_path(store_path)
    data = {"endpoints": {}}
    if path.exists():
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            pass
    data.setdefault("endpoints", {})[endpoint] = dict(sorted(hashes.items()))
    with atomic_writer(path) as handle:
        json.dump(data, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
