-- Venue invitations (server/venues): an organiser invites a new venue to become a centre; the person
-- invited fills in the centre's details and an organiser approves them, which creates the centre.
-- CreateEnum
CREATE TYPE "VenueInvitationStatus" AS ENUM ('INVITED', 'SUBMITTED', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "VenueInvitation" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "venueName" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "tokenHash" TEXT NOT NULL,
    "status" "VenueInvitationStatus" NOT NULL DEFAULT 'INVITED',
    "invitedById" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "name" TEXT,
    "addressLine" TEXT,
    "postcodeDistrict" TEXT,
    "capacity" INTEGER,
    "accessibilityNotes" TEXT,
    "openingTimes" TEXT,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "declineReason" TEXT,
    "createdCentreId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VenueInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VenueInvitation_tokenHash_key" ON "VenueInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "VenueInvitation_createdCentreId_key" ON "VenueInvitation"("createdCentreId");

-- CreateIndex
CREATE INDEX "VenueInvitation_eventId_status_idx" ON "VenueInvitation"("eventId", "status");

-- AddForeignKey
ALTER TABLE "VenueInvitation" ADD CONSTRAINT "VenueInvitation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenueInvitation" ADD CONSTRAINT "VenueInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenueInvitation" ADD CONSTRAINT "VenueInvitation_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenueInvitation" ADD CONSTRAINT "VenueInvitation_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenueInvitation" ADD CONSTRAINT "VenueInvitation_createdCentreId_fkey" FOREIGN KEY ("createdCentreId") REFERENCES "Centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Addresses are compared lower-case, like User.email.
ALTER TABLE "VenueInvitation" ADD CONSTRAINT "VenueInvitation_email_lower_case" CHECK ("email" = lower("email"));
-- The submitted details are all there once submitted (the centre is made from them).
ALTER TABLE "VenueInvitation" ADD CONSTRAINT "VenueInvitation_details_when_submitted" CHECK (
  "status" IN ('INVITED', 'WITHDRAWN') OR ("name" IS NOT NULL AND "capacity" IS NOT NULL AND "capacity" > 0)
);
