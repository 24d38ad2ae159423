-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "fingerprint" TEXT NOT NULL DEFAULT '';
