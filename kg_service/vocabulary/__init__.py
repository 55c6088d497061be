"""Vocabulary pages and downloads: the model (ontology, shapes, concept schemes) described for analysts."""
