"""The shipped RDF files on disk: where they are and how they are read."""
