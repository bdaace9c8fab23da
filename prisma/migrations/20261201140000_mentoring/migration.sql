-- Mentors and volunteers: offers to mentor, vetting records, adults on site (for the ratio), mentor ↔ team
-- matches per day, starter projects and the help queue.
-- CreateEnum
CREATE TYPE "MentorOfferStatus" AS ENUM ('OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "VettingCheck" AS ENUM ('DBS_ENHANCED_BARRED', 'DBS_ENHANCED', 'DBS_STANDARD', 'DBS_BASIC', 'PVG', 'ACCESSNI_ENHANCED', 'OTHER_EQUIVALENT');

-- CreateEnum
CREATE TYPE "HelpTopic" AS ENUM ('GETTING_STARTED', 'CODE_ERROR', 'DESIGN', 'DATA', 'HARDWARE', 'SUBMITTING', 'OTHER');

-- CreateEnum
CREATE TYPE "HelpStatus" AS ENUM ('WAITING', 'CLAIMED', 'RESOLVED', 'CANCELLED');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "youngPeoplePerVettedAdult" INTEGER;

-- CreateTable
CREATE TABLE "MentorOffer" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "centreId" TEXT,
    "skills" TEXT[],
    "levels" "ExperienceLevel"[],
    "days" DATE[],
    "capacity" INTEGER NOT NULL DEFAULT 2,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "MentorOfferStatus" NOT NULL DEFAULT 'OFFERED',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MentorOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VettingRecord" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "check" "VettingCheck" NOT NULL,
    "checkDetail" TEXT NOT NULL DEFAULT '',
    "checkedOn" DATE NOT NULL,
    "expiresOn" DATE NOT NULL,
    "verifiedBy" TEXT NOT NULL,
    "trainingOn" DATE,
    "recordedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VettingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffVisit" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "checkedInAt" TIMESTAMPTZ(3) NOT NULL,
    "checkedOutAt" TIMESTAMPTZ(3),
    "checkedInById" TEXT,

    CONSTRAINT "StaffVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorMatch" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "kept" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorMatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StarterProject" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "challengeId" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "level" "ExperienceLevel" NOT NULL DEFAULT 'NEW',
    "links" TEXT[],
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StarterProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "raisedById" TEXT,
    "topic" "HelpTopic" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL DEFAULT '',
    "status" "HelpStatus" NOT NULL DEFAULT 'WAITING',
    "claimedById" TEXT,
    "claimedAt" TIMESTAMPTZ(3),
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedById" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HelpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MentorOffer_centreId_idx" ON "MentorOffer"("centreId");

-- CreateIndex
CREATE UNIQUE INDEX "MentorOffer_eventId_userId_key" ON "MentorOffer"("eventId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "VettingRecord_eventId_userId_key" ON "VettingRecord"("eventId", "userId");

-- CreateIndex
CREATE INDEX "StaffVisit_centreId_checkedOutAt_idx" ON "StaffVisit"("centreId", "checkedOutAt");

-- CreateIndex
CREATE INDEX "StaffVisit_eventId_userId_idx" ON "StaffVisit"("eventId", "userId");

-- CreateIndex
CREATE INDEX "MentorMatch_centreId_day_idx" ON "MentorMatch"("centreId", "day");

-- CreateIndex
CREATE INDEX "MentorMatch_mentorId_idx" ON "MentorMatch"("mentorId");

-- CreateIndex
CREATE UNIQUE INDEX "MentorMatch_teamId_day_key" ON "MentorMatch"("teamId", "day");

-- CreateIndex
CREATE INDEX "StarterProject_eventId_idx" ON "StarterProject"("eventId");

-- CreateIndex
CREATE INDEX "HelpRequest_centreId_status_createdAt_idx" ON "HelpRequest"("centreId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "HelpRequest_teamId_idx" ON "HelpRequest"("teamId");

-- AddForeignKey
ALTER TABLE "MentorOffer" ADD CONSTRAINT "MentorOffer_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorOffer" ADD CONSTRAINT "MentorOffer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorOffer" ADD CONSTRAINT "MentorOffer_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorOffer" ADD CONSTRAINT "MentorOffer_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VettingRecord" ADD CONSTRAINT "VettingRecord_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VettingRecord" ADD CONSTRAINT "VettingRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VettingRecord" ADD CONSTRAINT "VettingRecord_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffVisit" ADD CONSTRAINT "StaffVisit_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffVisit" ADD CONSTRAINT "StaffVisit_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffVisit" ADD CONSTRAINT "StaffVisit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorMatch" ADD CONSTRAINT "MentorMatch_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorMatch" ADD CONSTRAINT "MentorMatch_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorMatch" ADD CONSTRAINT "MentorMatch_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorMatch" ADD CONSTRAINT "MentorMatch_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarterProject" ADD CONSTRAINT "StarterProject_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarterProject" ADD CONSTRAINT "StarterProject_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarterProject" ADD CONSTRAINT "StarterProject_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- One vetted adult for every 1 to 100 young people.
ALTER TABLE "Event" ADD CONSTRAINT "Event_youngPeoplePerVettedAdult_check"
  CHECK ("youngPeoplePerVettedAdult" IS NULL OR "youngPeoplePerVettedAdult" BETWEEN 1 AND 100);
ALTER TABLE "MentorOffer" ADD CONSTRAINT "MentorOffer_capacity_check" CHECK ("capacity" BETWEEN 0 AND 20);
ALTER TABLE "VettingRecord" ADD CONSTRAINT "VettingRecord_dates_check" CHECK ("expiresOn" >= "checkedOn");
-- At most one visit under way per adult at a time, and one open help request per team.
CREATE UNIQUE INDEX "StaffVisit_one_open_key" ON "StaffVisit"("eventId", "userId") WHERE "checkedOutAt" IS NULL;
CREATE UNIQUE INDEX "HelpRequest_one_open_key" ON "HelpRequest"("teamId") WHERE "status" IN ('WAITING', 'CLAIMED');
