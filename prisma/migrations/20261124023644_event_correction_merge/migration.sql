-- AlterEnum
ALTER TYPE "CorrectionAction" ADD VALUE 'merge';
