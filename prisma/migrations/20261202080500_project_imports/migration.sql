-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "importKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Submission_eventId_importKey_key" ON "Submission"("eventId", "importKey");

