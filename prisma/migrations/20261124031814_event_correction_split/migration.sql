-- AlterEnum
ALTER TYPE "CorrectionAction" ADD VALUE 'split';
