"""Bringing outside documents in: the safe fetcher, file readers and article extraction.

Plain Python (no Flask views, no database): bytes and addresses in, frozen dataclasses out.
"""
