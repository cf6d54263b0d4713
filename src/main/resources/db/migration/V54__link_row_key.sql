-- The row look-up of "one row, one decision" (docs/adr/0134, 0135): deciding a review pair, or
-- attaching a pending row by hand, closes the row's other open pairs, so it must find the links of
-- one list row. An index on row_key makes that one equality, the whole WHERE clause (DuckDB uses an
-- index only then; STORES.md). A row key repeats across lists (line 17 of every dataset), so the
-- look-up reads a few links per run; the list and the status are checked on what it finds.
CREATE INDEX link_row_key ON link (row_key);
