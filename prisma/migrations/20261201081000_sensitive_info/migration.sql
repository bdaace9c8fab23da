-- Sensitive information an event may ask for, read only by organisers and the person's centre lead.
-- CreateEnum
CREATE TYPE "SensitiveField" AS ENUM ('MEDICAL', 'ACCESS', 'EMERGENCY_CONTACT');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "sensitiveFields" "SensitiveField"[] DEFAULT ARRAY[]::"SensitiveField"[];

-- CreateTable
CREATE TABLE "SensitiveInfo" (
    "registrationId" TEXT NOT NULL,
    "medical" TEXT NOT NULL DEFAULT '',
    "access" TEXT NOT NULL DEFAULT '',
    "emergencyName" TEXT NOT NULL DEFAULT '',
    "emergencyRelationship" TEXT NOT NULL DEFAULT '',
    "emergencyPhone" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SensitiveInfo_pkey" PRIMARY KEY ("registrationId")
);

-- AddForeignKey
ALTER TABLE "SensitiveInfo" ADD CONSTRAINT "SensitiveInfo_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

