-- CreateEnum
CREATE TYPE "CorrectionAction" AS ENUM ('set_date', 'set_place', 'set_title', 'set_kind', 'move_article');

-- CreateTable
CREATE TABLE "EventCorrection" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "eventSlug" TEXT NOT NULL,
    "eventArticles" INTEGER[],
    "action" "CorrectionAction" NOT NULL,
    "value" JSONB NOT NULL,
    "articleId" INTEGER,
    "note" TEXT,

    CONSTRAINT "EventCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventCorrection_eventSlug_idx" ON "EventCorrection"("eventSlug");
