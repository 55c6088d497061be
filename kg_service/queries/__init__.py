"""Stored SPARQL queries (loaded from the top-level queries/ folder), their parameters and result formats."""
