"""Readers: JSON Lines, plain text, HTML, folders and standard input -> Article."""

from .readers import READABLE_SUFFIXES, ReadResult, read_file, read_inputs, read_records, read_stream
from .records import article_from_record, content_hash

__all__ = [
    "READABLE_SUFFIXES", "ReadResult", "article_from_record", "content_hash", "read_file", "read_inputs", "read_records",
    "read_stream",
]
