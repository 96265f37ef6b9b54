"""The knowledge base: TOML files in data/, validated once, cached, read as immutable NamedTuples."""
