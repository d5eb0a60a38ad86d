"""The rules: plans, units, indicators, periods, attainment, ranking, validation.

Pure Python: nothing here imports Qt, sqlite or openpyxl.
"""
