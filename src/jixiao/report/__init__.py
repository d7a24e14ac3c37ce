"""Renderers of an audit: terminal (rich), HTML (one self-contained file), xlsx (openpyxl)."""
