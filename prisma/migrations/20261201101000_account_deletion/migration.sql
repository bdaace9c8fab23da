-- A deleted account stays as a tombstone (server/rights/commands.ts deleteAccount).
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deletedAt" TIMESTAMPTZ(3);
