"""`kg serve`: a read-only SPARQL endpoint (Starlette under uvicorn) with a query page."""
