-- Finding a person on the current register (the People page, GET /api/people, hustings people find):
-- one indexed equality per search field, on both engines (STORES.md: DuckDB uses an index for a
-- single-column equality; the other fields and the current-edition filter are applied to the rows
-- the index finds). See docs/adr/0101-finding-people-on-the-register.md.

-- The surname as MatchKey normalises it (case, accents, punctuation) with its spaces removed too,
-- so "O Neill", "O'Neill" and "ONeill" are one key: the part of match_key before the first '|',
-- without spaces. The search writes this expression exactly so (PeopleSearch.SURNAME_KEY).
CREATE INDEX elector_surname_key ON elector ((replace(regexp_replace(match_key, '[|].*', ''), ' ', '')));
-- Postcodes are stored normalised by the importers ("BN43 6AA").
CREATE INDEX elector_postcode ON elector (postcode);
-- Elector numbers are stored canonical ("AB-123", "AB-123/1").
CREATE INDEX elector_elector_number ON elector (elector_number);
