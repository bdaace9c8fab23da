-- Check-in and check-out at the venue: codes, visits, adults authorised to collect a young person.
-- CreateEnum
CREATE TYPE "Departure" AS ENUM ('COLLECTED', 'ALONE', 'OVERRIDE');

-- AlterTable
ALTER TABLE "GuardianConsent" ADD COLUMN     "mayLeaveAlone" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "checkInCode" TEXT NOT NULL DEFAULT '';

-- A new check-in code: six characters of the alphabet in server/checkin/code.ts (CHECK_IN_ALPHABET).
CREATE FUNCTION check_in_code() RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(substr('ACDEFHJKMNPRTUVWXY3479', 1 + floor(random() * 22)::int, 1), '')
  FROM generate_series(1, 6)
$$;

-- A registration inserted without a code gets one that no other registration of the event has. Rows
-- inserted earlier by the same statement are seen, so a bulk insert gets distinct codes too; two
-- concurrent inserts drawing the same code (about 1 in 10^8) are stopped by the unique index.
CREATE FUNCTION registration_check_in_code() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  code text;
BEGIN
  IF NEW."checkInCode" = '' THEN
    LOOP
      code := check_in_code();
      EXIT WHEN NOT EXISTS (
        SELECT 1 FROM "Registration" WHERE "eventId" = NEW."eventId" AND "checkInCode" = code
      );
    END LOOP;
    NEW."checkInCode" := code;
  END IF;
  RETURN NEW;
END;
$$;

UPDATE "Registration" SET "checkInCode" = check_in_code();
UPDATE "Registration" r SET "checkInCode" = check_in_code()
WHERE EXISTS (
  SELECT 1 FROM "Registration" o WHERE o."eventId" = r."eventId" AND o."checkInCode" = r."checkInCode" AND o.id < r.id
);

CREATE TRIGGER "Registration_check_in_code" BEFORE INSERT ON "Registration"
  FOR EACH ROW EXECUTE FUNCTION registration_check_in_code();

-- CreateTable
CREATE TABLE "AuthorisedCollector" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "relationship" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthorisedCollector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "centreId" TEXT,
    "checkedInAt" TIMESTAMPTZ(3) NOT NULL,
    "checkedInById" TEXT,
    "checkedOutAt" TIMESTAMPTZ(3),
    "checkedOutById" TEXT,
    "departure" "Departure",
    "collectedBy" TEXT,
    "overrideReason" TEXT,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthorisedCollector_registrationId_idx" ON "AuthorisedCollector"("registrationId");

-- CreateIndex
CREATE INDEX "Attendance_registrationId_checkedInAt_idx" ON "Attendance"("registrationId", "checkedInAt");

-- CreateIndex
CREATE INDEX "Attendance_centreId_checkedOutAt_idx" ON "Attendance"("centreId", "checkedOutAt");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_eventId_checkInCode_key" ON "Registration"("eventId", "checkInCode");

-- AddForeignKey
ALTER TABLE "AuthorisedCollector" ADD CONSTRAINT "AuthorisedCollector_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Someone is in the building at most once: one open visit per registration (checking in twice at once
-- creates one visit, not two).
CREATE UNIQUE INDEX "Attendance_one_open_visit" ON "Attendance"("registrationId") WHERE "checkedOutAt" IS NULL;
