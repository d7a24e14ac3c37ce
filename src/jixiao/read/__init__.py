"""Reading documents: one reader per format turns a file into tables with cell sources; recognisers turn
tables into records (``jixiao.core.records.Document``)."""
