-- AlterEnum
ALTER TYPE "PromptKind" ADD VALUE 'REGISTRATION_CLOSING';

-- CreateTable
CREATE TABLE "RegistrationStart" (
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationStart_pkey" PRIMARY KEY ("eventId","userId")
);

-- CreateIndex
CREATE INDEX "RegistrationStart_userId_idx" ON "RegistrationStart"("userId");

-- AddForeignKey
ALTER TABLE "RegistrationStart" ADD CONSTRAINT "RegistrationStart_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationStart" ADD CONSTRAINT "RegistrationStart_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

