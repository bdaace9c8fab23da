-- Children's profiles kept by a guardian (server/guardians), the age of digital consent as an event
-- setting, and the guardian's permission for a child under it to be listed in the team finder.
-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "digitalConsentAge" INTEGER NOT NULL DEFAULT 13;

-- AlterTable
ALTER TABLE "GuardianConsent" ADD COLUMN     "teamFinder" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "managedById" TEXT;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_managedById_fkey" FOREIGN KEY ("managedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "User_managedById_idx" ON "User"("managedById");

-- The ages a form can set: adult at 16 to 21, digital consent from 0 (off) up to the adult age.
ALTER TABLE "Event" ADD CONSTRAINT "Event_consent_age_range" CHECK ("consentAge" BETWEEN 16 AND 21);
ALTER TABLE "Event" ADD CONSTRAINT "Event_digital_consent_age_range"
  CHECK ("digitalConsentAge" BETWEEN 0 AND "consentAge");
-- A managed profile is nobody's guardian, and never its own.
ALTER TABLE "User" ADD CONSTRAINT "User_not_managed_by_self" CHECK ("managedById" IS NULL OR "managedById" <> "id");
