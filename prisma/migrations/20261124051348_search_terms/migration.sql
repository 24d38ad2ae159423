-- Trigram similarity for query words the index does not hold (pg_trgm ships with PostgreSQL).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "SearchTerm_term_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);

-- The words of a set of articles' search text: four letters or more, Arabic or Latin letters only (not
-- the entity tokens of lib/search/index-text.ts, not numbers). One set-based statement per write.
CREATE FUNCTION search_terms_from_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term)
  SELECT DISTINCT w
  FROM new_rows, regexp_split_to_table(coalesce(new_rows."searchTitle", '') || ' ' || coalesce(new_rows."searchBody", ''), '\s+') AS w
  WHERE length(w) >= 4 AND w ~ '^[ء-ي]+$'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER article_search_terms_insert AFTER INSERT ON "Article"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_from_new_rows();
CREATE TRIGGER article_search_terms_update AFTER UPDATE ON "Article"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_from_new_rows();

-- Articles stored before this migration.
INSERT INTO "SearchTerm" (term)
SELECT DISTINCT w
FROM "Article" a, regexp_split_to_table(coalesce(a."searchTitle", '') || ' ' || coalesce(a."searchBody", ''), '\s+') AS w
WHERE length(w) >= 4 AND w ~ '^[ء-ي]+$'
ON CONFLICT DO NOTHING;
