-- CreateEnum
CREATE TYPE "SessionMode" AS ENUM ('IN_PERSON', 'ONLINE');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "organisationId" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "operatorApprovedAt" TIMESTAMPTZ(3),
ADD COLUMN     "operatorRequestedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "RecurringSession" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "weekday" INTEGER NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "mode" "SessionMode" NOT NULL,
    "venueName" TEXT NOT NULL DEFAULT '',
    "addressLine" TEXT NOT NULL DEFAULT '',
    "postcodeDistrict" TEXT NOT NULL DEFAULT '',
    "minAge" INTEGER NOT NULL,
    "maxAge" INTEGER NOT NULL,
    "level" "ExperienceLevel" NOT NULL,
    "costPence" INTEGER NOT NULL DEFAULT 0,
    "bookingUrl" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RecurringSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecurringSession_organisationId_idx" ON "RecurringSession"("organisationId");

-- CreateIndex
CREATE INDEX "RecurringSession_publishedAt_idx" ON "RecurringSession"("publishedAt");

-- CreateIndex
CREATE INDEX "Event_organisationId_idx" ON "Event"("organisationId");

-- AddForeignKey
ALTER TABLE "RecurringSession" ADD CONSTRAINT "RecurringSession_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The rules the app checks, kept by the database too.
ALTER TABLE "RecurringSession" ADD CONSTRAINT "RecurringSession_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7);
ALTER TABLE "RecurringSession" ADD CONSTRAINT "RecurringSession_ages_check" CHECK ("minAge" >= 0 AND "minAge" <= "maxAge");
ALTER TABLE "RecurringSession" ADD CONSTRAINT "RecurringSession_cost_check" CHECK ("costPence" >= 0);
