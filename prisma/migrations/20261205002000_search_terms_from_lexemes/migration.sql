-- SearchTerm is filled from the lexemes PostgreSQL has already made for the new rows' search vectors
-- (distinct per article) instead of splitting their whole search text again on white space and taking the
-- distinct words of the statement: the same words (four Arabic letters or more), for less work on every
-- insert and update of articles.
CREATE OR REPLACE FUNCTION search_terms_from_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term)
  SELECT DISTINCT w
  FROM new_rows, unnest(tsvector_to_array(new_rows."searchVector")) AS w
  WHERE length(w) >= 4 AND w ~ '^[ء-ي]+$'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
