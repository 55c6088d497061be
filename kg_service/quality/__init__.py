"""Quality of the graph itself: SHACL validation, its report, and OWL consistency."""
