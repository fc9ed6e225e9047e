"""A second reference for bench_cli.py: the bare app plus the extensions Claimdesk is built on
(Flask-SQLAlchemy, Flask-WTF's CSRF, Flask-Login) and no code of its own — the floor that
loading SQLAlchemy and the other libraries sets, whatever Claimdesk loads lazily."""

from flask import Flask
from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db = SQLAlchemy(app)
CSRFProtect(app)
LoginManager(app)
