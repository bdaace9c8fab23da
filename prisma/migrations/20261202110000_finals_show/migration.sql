-- CreateTable
CREATE TABLE "FinalsShow" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT 'Finals',
    "minutesPerEntry" INTEGER NOT NULL DEFAULT 5,
    "streamUrl" TEXT,
    "currentSlotId" TEXT,
    "timerStartedAt" TIMESTAMPTZ(3),
    "timerElapsedSeconds" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FinalsShow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinalsSlot" (
    "id" TEXT NOT NULL,
    "showId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "presentedAt" TIMESTAMPTZ(3),

    CONSTRAINT "FinalsSlot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FinalsShow_eventId_key" ON "FinalsShow"("eventId");

-- CreateIndex
CREATE INDEX "FinalsSlot_showId_position_idx" ON "FinalsSlot"("showId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FinalsSlot_showId_submissionId_key" ON "FinalsSlot"("showId", "submissionId");

-- AddForeignKey
ALTER TABLE "FinalsShow" ADD CONSTRAINT "FinalsShow_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalsSlot" ADD CONSTRAINT "FinalsSlot_showId_fkey" FOREIGN KEY ("showId") REFERENCES "FinalsShow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalsSlot" ADD CONSTRAINT "FinalsSlot_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

