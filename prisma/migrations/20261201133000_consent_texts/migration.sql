-- Consent texts edited by organisers, versioned per event, and links asking guardians to confirm a new one.
-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "consentText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "GuardianConsent" ADD COLUMN     "reconfirmation" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ConsentTextVersion" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentTextVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsentTextVersion_eventId_version_key" ON "ConsentTextVersion"("eventId", "version");

-- AddForeignKey
ALTER TABLE "ConsentTextVersion" ADD CONSTRAINT "ConsentTextVersion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
