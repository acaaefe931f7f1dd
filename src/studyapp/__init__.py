"""studyapp: a terminal study app for exam preparation."""

__version__ = "0.1.0"
