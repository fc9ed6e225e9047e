"""Flask-WTF forms: they parse and check a request's fields; services check the rules."""
