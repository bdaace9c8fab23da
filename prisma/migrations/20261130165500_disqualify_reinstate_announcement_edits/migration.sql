-- AlterTable
ALTER TABLE "Announcement" ADD COLUMN     "editedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "statusBeforeDisqualification" "SubmissionStatus";

