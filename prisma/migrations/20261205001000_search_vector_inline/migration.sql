-- Search ranks its candidates by their tsvector: title, lead and frequency for each query term, then the
-- terms' proximity (lib/data/search-rank.ts), and the bounded walk tests the vector of every row it reads.
-- An article's vector is about 3 KB and hardly compresses, so PostgreSQL kept it out of line (TOAST, over
-- 2 KB a row), and each of those reads fetched it again through the TOAST table's index: 4 to 13 fetches a
-- candidate. Kept in the row (storage MAIN, and rows toasted down to 4 KB instead of 2 KB, the body and
-- search text going out of line first), the vector is read with the row. The table's rows are about three
-- times as large (two to a page), which costs listings that read many rows a little. Measured side by side
-- at 100,000 articles: README, "Search at scale".
-- The column is rebuilt in the same ALTER TABLE as the new settings, so that every row is stored the new
-- way; its GIN index is built again (minutes for a million articles, as for search_lead_weight).
ALTER TABLE "Article"
  DROP COLUMN "searchVector",
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, COALESCE("searchTitle", ''::text)), 'A'::"char")
    || setweight(to_tsvector('simple'::regconfig, left(COALESCE("searchBody", ''::text), search_lead_length(COALESCE("searchBody", ''::text)))), 'B'::"char")
    || to_tsvector('simple'::regconfig, substr(COALESCE("searchBody", ''::text), search_lead_length(COALESCE("searchBody", ''::text)) + 1))
  ) STORED,
  ALTER COLUMN "searchVector" SET STORAGE MAIN,
  SET (toast_tuple_target = 4096);

SET LOCAL maintenance_work_mem = '256MB';
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

ANALYZE "Article";
