-- Learner groups for coding-club style sessions (server/mentoring/groups.ts): groups of one experience
-- level at a centre on a day, each led by one mentor. A member row carries its group's day (a foreign key
-- on the group's id and day keeps it so), so one group per registration per day is a unique index.

-- CreateTable
CREATE TABLE "LearnerGroup" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "level" "ExperienceLevel" NOT NULL,
    "label" TEXT NOT NULL,
    "mentorId" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearnerGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearnerGroupMember" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearnerGroupMember_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LearnerGroup_mentorId_idx" ON "LearnerGroup"("mentorId");

-- CreateIndex
CREATE UNIQUE INDEX "LearnerGroup_centreId_day_label_key" ON "LearnerGroup"("centreId", "day", "label");

-- CreateIndex
CREATE UNIQUE INDEX "LearnerGroup_id_day_key" ON "LearnerGroup"("id", "day");

-- CreateIndex
CREATE INDEX "LearnerGroupMember_groupId_idx" ON "LearnerGroupMember"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "LearnerGroupMember_registrationId_day_key" ON "LearnerGroupMember"("registrationId", "day");

-- AddForeignKey
ALTER TABLE "LearnerGroup" ADD CONSTRAINT "LearnerGroup_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerGroup" ADD CONSTRAINT "LearnerGroup_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerGroup" ADD CONSTRAINT "LearnerGroup_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerGroupMember" ADD CONSTRAINT "LearnerGroupMember_groupId_day_fkey" FOREIGN KEY ("groupId", "day") REFERENCES "LearnerGroup"("id", "day") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerGroupMember" ADD CONSTRAINT "LearnerGroupMember_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

