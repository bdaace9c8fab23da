-- Booking a club's place here (server/directory/bookings.ts): a weekly session may take its bookings on
-- the platform (placesHere: how many places it has) instead of linking to its own booking page.
ALTER TABLE "RecurringSession" ADD COLUMN "placesHere" INTEGER;
ALTER TABLE "RecurringSession" ADD CONSTRAINT "RecurringSession_placesHere_range"
  CHECK ("placesHere" IS NULL OR ("placesHere" >= 1 AND "placesHere" <= 500));

-- CreateEnum
CREATE TYPE "ClubBookingStatus" AS ENUM ('BOOKED', 'WAITING', 'CANCELLED');

-- CreateTable
CREATE TABLE "ClubBooking" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "bookedById" TEXT NOT NULL,
    "status" "ClubBookingStatus" NOT NULL,
    "ageAtBooking" INTEGER NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en-GB',
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ClubBooking_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ClubBooking_locale_known" CHECK ("locale" IN ('en-GB', 'cy'))
);

-- CreateIndex
CREATE INDEX "ClubBooking_sessionId_status_createdAt_idx" ON "ClubBooking"("sessionId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ClubBooking_userId_idx" ON "ClubBooking"("userId");

-- CreateIndex
CREATE INDEX "ClubBooking_bookedById_idx" ON "ClubBooking"("bookedById");

-- CreateIndex
CREATE UNIQUE INDEX "ClubBooking_sessionId_userId_key" ON "ClubBooking"("sessionId", "userId");

-- AddForeignKey
ALTER TABLE "ClubBooking" ADD CONSTRAINT "ClubBooking_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "RecurringSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubBooking" ADD CONSTRAINT "ClubBooking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubBooking" ADD CONSTRAINT "ClubBooking_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
