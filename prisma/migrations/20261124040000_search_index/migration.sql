-- Search: searchTitle/searchBody are computed in TypeScript at write time (normalised, stemmed words plus
-- entity tokens, lib/search/index-text.ts); SQL cannot run that stemmer, so existing rows stay NULL here and
-- are filled by `npm run search:reindex` (the start script runs it for rows still NULL).
-- searchVector is GENERATED from them (Prisma declares it as a dbgenerated default, which it cannot tell apart).
-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchBody" TEXT,
ADD COLUMN     "searchTitle" TEXT,
ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, COALESCE("searchTitle", ''::text)), 'A'::"char") || to_tsvector('simple'::regconfig, COALESCE("searchBody", ''::text))) STORED;

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
