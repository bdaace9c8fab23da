-- Organisation logos are uploaded images in the blob store, not outside addresses.
ALTER TABLE "Organisation" DROP COLUMN "logoUrl",
ADD COLUMN     "logoContentType" TEXT,
ADD COLUMN     "logoKey" TEXT;

CREATE UNIQUE INDEX "Organisation_logoKey_key" ON "Organisation"("logoKey");

ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_logo_complete"
  CHECK (("logoKey" IS NULL) = ("logoContentType" IS NULL));

-- Image slots: renumber any rows that a concurrent upload gave the same slot, then make slots unique.
DROP INDEX "SubmissionImage_submissionId_position_idx";

UPDATE "SubmissionImage" AS i
SET "position" = numbered.slot
FROM (
  SELECT "id", (row_number() OVER (PARTITION BY "submissionId" ORDER BY "position", "createdAt", "id") - 1)::int AS slot
  FROM "SubmissionImage"
) AS numbered
WHERE numbered."id" = i."id" AND i."position" <> numbered.slot;

CREATE UNIQUE INDEX "SubmissionImage_submissionId_position_key" ON "SubmissionImage"("submissionId", "position");

-- Five slots. NOT VALID: a sixth image left over from before this check stays readable (and removable);
-- every new or changed row is checked.
ALTER TABLE "SubmissionImage" ADD CONSTRAINT "SubmissionImage_position_slot"
  CHECK ("position" BETWEEN 0 AND 4) NOT VALID;
