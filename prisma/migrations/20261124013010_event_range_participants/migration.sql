-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "dateEnd" DATE,
ADD COLUMN     "participants" TEXT[];
