-- The language a person registered in (a site locale, server/http/locales.mjs): the emails about their
-- registration, to them and to their parent or guardian, are written in it.
ALTER TABLE "Registration" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en-GB';
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_locale_known" CHECK ("locale" IN ('en-GB', 'cy'));
