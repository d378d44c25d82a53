"""wirecoder: news reports in, a geocoded, deduplicated, source-attributed
ACLED-style event table out."""

__version__ = "0.1.0"
