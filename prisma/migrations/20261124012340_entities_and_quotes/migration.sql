-- CreateEnum
CREATE TYPE "EntityKind" AS ENUM ('place', 'organization');

-- CreateTable
CREATE TABLE "EntityMention" (
    "articleId" INTEGER NOT NULL,
    "kind" "EntityKind" NOT NULL,
    "entityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "asWritten" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EntityMention_pkey" PRIMARY KEY ("articleId","kind","entityId")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "speaker" TEXT,
    "speakerId" TEXT,
    "verb" TEXT,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EntityMention_kind_entityId_idx" ON "EntityMention"("kind", "entityId");

-- CreateIndex
CREATE INDEX "Quote_speakerId_idx" ON "Quote"("speakerId");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_articleId_position_key" ON "Quote"("articleId", "position");

-- AddForeignKey
ALTER TABLE "EntityMention" ADD CONSTRAINT "EntityMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
