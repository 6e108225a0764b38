"""factcheck: a consistency checker for the figures in news and government reports."""

__version__ = "0.1.0"
