"""berita-kg: a knowledge-graph builder for Indonesian news.

    import kg
    store = kg.build(["articles.jsonl"], out="output")      # or kg.open_store("output/store")
    store.query_named("heads", agency="Dinsos")              # rows as dicts; .to_pandas()
    store.export("actors.gexf", view="actors")

The API (kg.api, documented in docs/API.md) loads on first use: `import kg` stays fast.
"""

__version__ = "0.1.0"
__all__ = ["build", "open_store", "Store", "Rows", "list_queries", "__version__"]


def __getattr__(name):
    if name in __all__:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + __all__)
