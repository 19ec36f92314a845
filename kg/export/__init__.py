"""Graph exports for Gephi: store -> networkx projection -> GEXF 1.3, GraphML, CSV.

project.py (SPARQL -> MultiDiGraph, views), filters.py, gexf.py / graphml.py / tables.py
(writers), clean.py (scalar, XML-safe attributes), files.py (atomic replace), run.py
(what `kg export` calls). See docs/EXPORT.md.
"""
