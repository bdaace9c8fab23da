-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('STORED', 'QUEUED', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "sentAt" TIMESTAMPTZ(3),
ADD COLUMN     "status" "OutboxStatus" NOT NULL DEFAULT 'STORED';
