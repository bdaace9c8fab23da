-- AlterTable
ALTER TABLE "RecurringSession" ADD COLUMN     "breaks" JSONB NOT NULL DEFAULT '[]';

