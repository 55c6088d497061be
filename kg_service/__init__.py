"""Knowledge graph of who does what, and when, in Finland's employment-promotion steering."""

__version__ = "0.1.0"
