"""`kg push`: send the store's named graphs to an external triple store.

graphs.py (each graph as N-Triples and its content hash), state.py (hashes of what was
last pushed to each endpoint), gsp.py (SPARQL 1.1 Graph Store HTTP Protocol client:
PUT per graph, auth, retries), virtuoso.py (Virtuoso's bulk loader through isql),
run.py (what `kg push` calls). See docs/PUSH.md.
"""
