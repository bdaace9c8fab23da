-- CreateEnum
CREATE TYPE "PromptKind" AS ENUM ('NO_TEAM', 'PROJECT_DAY_BEFORE', 'PROJECT_HOURS_BEFORE', 'JUDGE_SCORES');

-- CreateTable
CREATE TABLE "EventPrompt" (
    "eventId" TEXT NOT NULL,
    "kind" "PromptKind" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "message" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventPrompt_pkey" PRIMARY KEY ("eventId","kind")
);

-- CreateTable
CREATE TABLE "PromptDelivery" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "kind" "PromptKind" NOT NULL,
    "userId" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL DEFAULT '',
    "sentAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PromptDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PromptDelivery_eventId_kind_userId_subjectId_key" ON "PromptDelivery"("eventId", "kind", "userId", "subjectId");

-- AddForeignKey
ALTER TABLE "EventPrompt" ADD CONSTRAINT "EventPrompt_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptDelivery" ADD CONSTRAINT "PromptDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptDelivery" ADD CONSTRAINT "PromptDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

