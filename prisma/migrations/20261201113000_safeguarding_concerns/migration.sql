-- Safeguarding concerns, read by the event's designated safeguarding leads (server/concerns).
-- AlterEnum
ALTER TYPE "EventRoleKind" ADD VALUE 'SAFEGUARDING_LEAD';

-- CreateEnum
CREATE TYPE "ConcernStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "SafeguardingConcern" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "reportedById" TEXT,
    "reporterName" TEXT NOT NULL DEFAULT '',
    "reporterContact" TEXT NOT NULL DEFAULT '',
    "about" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL,
    "aboutLead" BOOLEAN NOT NULL DEFAULT false,
    "routedTo" "EventRoleKind" NOT NULL,
    "status" "ConcernStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SafeguardingConcern_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafeguardingAction" (
    "id" TEXT NOT NULL,
    "concernId" TEXT NOT NULL,
    "byUserId" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SafeguardingAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SafeguardingConcern_eventId_createdAt_idx" ON "SafeguardingConcern"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "SafeguardingAction_concernId_createdAt_idx" ON "SafeguardingAction"("concernId", "createdAt");

-- AddForeignKey
ALTER TABLE "SafeguardingConcern" ADD CONSTRAINT "SafeguardingConcern_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafeguardingAction" ADD CONSTRAINT "SafeguardingAction_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "SafeguardingConcern"("id") ON DELETE CASCADE ON UPDATE CASCADE;
