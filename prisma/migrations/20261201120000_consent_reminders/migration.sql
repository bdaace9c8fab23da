-- Reminders to guardians who have not answered a consent request (server/registrations/reminders.ts).
-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "consentRemindedAt" TIMESTAMPTZ(3),
ADD COLUMN     "consentRemindersSent" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_consent_reminders_range" CHECK ("consentRemindersSent" BETWEEN 0 AND 3);
