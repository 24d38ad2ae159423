-- CreateEnum
CREATE TYPE "OutletType" AS ENUM ('state_agency', 'state_broadcaster', 'state_press', 'private', 'party', 'aggregator', 'unknown');

-- CreateEnum
CREATE TYPE "TitleSource" AS ENUM ('text', 'url_slug', 'sidecar', 'page');

-- AlterEnum
ALTER TYPE "CorrectionAction" ADD VALUE 'set_topic';

-- AlterEnum
ALTER TYPE "EventKind" ADD VALUE 'conference';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "dateClues" JSONB,
ADD COLUMN     "onTopic" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "titleSource" "TitleSource",
ADD COLUMN     "topicOverride" BOOLEAN,
ADD COLUMN     "topicReason" TEXT;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "chronologyId" TEXT,
ADD COLUMN     "onTopic" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "storyline" TEXT;

-- AlterTable
ALTER TABLE "Outlet" ADD COLUMN     "type" "OutletType" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "verified" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "discovered" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Event_storyline_idx" ON "Event"("storyline");
