-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "readText" TEXT;
