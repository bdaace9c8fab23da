-- Retention: dates of birth, sensitive information and check-in records are deleted a number of days
-- after an event ends (server/retention), keeping only counts.
-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "personalDataDeletedAt" TIMESTAMPTZ(3),
ADD COLUMN     "retentionDays" INTEGER NOT NULL DEFAULT 30;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "ageAtStart" INTEGER,
ALTER COLUMN "dateOfBirth" DROP NOT NULL;

-- CreateTable
CREATE TABLE "PersonalDataDeletion" (
    "eventId" TEXT NOT NULL,
    "deletedAt" TIMESTAMPTZ(3) NOT NULL,
    "trigger" TEXT NOT NULL,
    "byUserId" TEXT,
    "registrations" INTEGER NOT NULL,
    "datesOfBirth" INTEGER NOT NULL,
    "sensitiveRecords" INTEGER NOT NULL,
    "visits" INTEGER NOT NULL,
    "attended" INTEGER NOT NULL,
    "collectors" INTEGER NOT NULL,

    CONSTRAINT "PersonalDataDeletion_pkey" PRIMARY KEY ("eventId")
);

-- AddForeignKey
ALTER TABLE "PersonalDataDeletion" ADD CONSTRAINT "PersonalDataDeletion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A retention period between one day and ten years; a registration keeps its date of birth or its age.
ALTER TABLE "Event" ADD CONSTRAINT "Event_retentionDays_range" CHECK ("retentionDays" BETWEEN 1 AND 3650);
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_age_kept" CHECK ("dateOfBirth" IS NOT NULL OR "ageAtStart" IS NOT NULL);
