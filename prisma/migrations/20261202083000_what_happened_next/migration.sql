-- CreateEnum
CREATE TYPE "ProjectUpdateKind" AS ENUM ('STILL_BUILDING', 'LAUNCHED', 'USED', 'FUNDED', 'BUSINESS', 'OTHER');

-- AlterEnum


ALTER TYPE "PromptKind" ADD VALUE 'FOLLOW_UP_1_MONTH';
ALTER TYPE "PromptKind" ADD VALUE 'FOLLOW_UP_3_MONTHS';
ALTER TYPE "PromptKind" ADD VALUE 'FOLLOW_UP_6_MONTHS';

-- CreateTable
CREATE TABLE "ProjectUpdate" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "kind" "ProjectUpdateKind" NOT NULL,
    "text" TEXT NOT NULL,
    "url" TEXT,
    "authorId" TEXT,
    "hiddenAt" TIMESTAMPTZ(3),
    "hiddenReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeOutcome" (
    "id" TEXT NOT NULL,
    "challengeId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "url" TEXT,
    "authorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectUpdate_eventId_createdAt_idx" ON "ProjectUpdate"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "ProjectUpdate_submissionId_idx" ON "ProjectUpdate"("submissionId");

-- CreateIndex
CREATE INDEX "ChallengeOutcome_challengeId_idx" ON "ChallengeOutcome"("challengeId");

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeOutcome" ADD CONSTRAINT "ChallengeOutcome_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeOutcome" ADD CONSTRAINT "ChallengeOutcome_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

