"""Generators of the layouts real published forms come in, with invented figures and planted mistakes.

``model`` invents a form (its figures consistent, or with a named mistake planted); ``grid`` lays it out
as rows of cells in one of the form families; ``render`` turns rows into text the way published pages
give it (pipe tables, one cell per line, rows flattened to spaces, cells run together); ``degrade`` adds
the slips of OCR and conversion (full-width digits, 》 for ≥, traditional script).
"""
