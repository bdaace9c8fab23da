-- An event's own code of conduct (Markdown; empty keeps the platform default) and its contact address.
-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "codeOfConduct" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "contactEmail" TEXT;
