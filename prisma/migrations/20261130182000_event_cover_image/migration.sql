-- An event's cover image: an uploaded image in the blob store with its sniffed type and a description.
ALTER TABLE "Event" ADD COLUMN     "coverImageAlt" TEXT,
ADD COLUMN     "coverImageContentType" TEXT,
ADD COLUMN     "coverImageKey" TEXT;

CREATE UNIQUE INDEX "Event_coverImageKey_key" ON "Event"("coverImageKey");

-- All three are set together, or none.
ALTER TABLE "Event" ADD CONSTRAINT "Event_cover_image_complete"
  CHECK (("coverImageKey" IS NULL) = ("coverImageContentType" IS NULL)
     AND ("coverImageKey" IS NULL) = ("coverImageAlt" IS NULL));
