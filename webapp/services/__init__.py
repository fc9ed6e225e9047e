"""Business logic: plain functions that take validated values and return models or data.

Services never commit; the view or CLI command that calls them owns the transaction.
"""
