"""berita-kg: a knowledge-graph builder for Indonesian news."""

__version__ = "0.1.0"
