"""The anchor for bench_cli.py: the smallest Flask app, whose `flask --help` is the floor."""

from flask import Flask

app = Flask(__name__)
