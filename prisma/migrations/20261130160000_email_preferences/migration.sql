-- The optional categories of email a person turned off on /account/emails (server/mail/preferences.ts).
-- Empty for everyone to begin with: every category stays on until its owner turns it off.
ALTER TABLE "User" ADD COLUMN     "emailOptOuts" TEXT[] DEFAULT ARRAY[]::TEXT[];
