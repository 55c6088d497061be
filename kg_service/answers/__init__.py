"""Answers to "who is responsible for what, when": stored-query rows turned into labelled, dated records."""
