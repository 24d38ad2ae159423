-- Search ranking weighs a query word in the article's lead (the first 600 characters of the indexed body,
-- LEAD_CHARS of lib/data/search-rank.ts). It used to build the lead's tsvector per candidate at query time,
-- reading each candidate's whole searchBody: about 0.1 ms a candidate, 20 ms of every ranked search. The
-- lead's words now carry weight B inside searchVector itself (title A, rest of the body D), so ranking reads
-- only the vector it already reads. The lead ends at the last space within its 600 characters (a word
-- reaching the 600th goes to the rest; with no space there, the lead is empty): whole words, so that the
-- lead and the rest together index exactly the words of the body, at the same positions.
-- The upgrade rewrites the table and rebuilds its GIN index once: minutes for a million articles.
CREATE FUNCTION search_lead_length(body text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN length(body) <= 600 THEN length(body)
    WHEN strpos(reverse(left(body, 600)), ' ') = 0 THEN 0
    ELSE 600 - strpos(reverse(left(body, 600)), ' ')
  END
$$;

-- AlterTable
ALTER TABLE "Article" DROP COLUMN "searchVector";
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, COALESCE("searchTitle", ''::text)), 'A'::"char")
  || setweight(to_tsvector('simple'::regconfig, left(COALESCE("searchBody", ''::text), search_lead_length(COALESCE("searchBody", ''::text)))), 'B'::"char")
  || to_tsvector('simple'::regconfig, substr(COALESCE("searchBody", ''::text), search_lead_length(COALESCE("searchBody", ''::text)) + 1))
) STORED;

-- CreateIndex (with room to build it in memory, as the search benchmark does)
SET LOCAL maintenance_work_mem = '256MB';
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- The column was rebuilt: the planner's statistics of it (the most common lexemes, which decide the search
-- plans of lib/data/search.ts) are gone until the table is analysed again.
ANALYZE "Article";
