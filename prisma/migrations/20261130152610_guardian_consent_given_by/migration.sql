-- Which signed-in account (if any) gave a guardian's consent, so a consent given from the young person's
-- own account can be refused and audited. Null for consents given signed out, and for every consent
-- given before this column existed.
ALTER TABLE "GuardianConsent" ADD COLUMN     "consentedByUserId" TEXT;
