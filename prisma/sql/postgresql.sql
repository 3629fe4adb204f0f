-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "DatasetMeta" (
    "id" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "lastUpdated" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "builtAt" TEXT NOT NULL,

    CONSTRAINT "DatasetMeta_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "date" TEXT,
    "dateSort" TEXT,
    "url" TEXT,
    "kind" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "euMember" BOOLEAN NOT NULL,
    "eurohpcMember" BOOLEAN,
    "eurohpcNote" TEXT,
    "capital" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "checked" TEXT NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Factory" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "countryCode" TEXT NOT NULL,
    "wave" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "coordsApprox" BOOLEAN NOT NULL,
    "summary" TEXT NOT NULL,
    "checked" TEXT NOT NULL,
    "website" TEXT,
    "accessUrl" TEXT,
    "linksSearched" TEXT,

    CONSTRAINT "Factory_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "FactoryPartner" (
    "factorySlug" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "FactoryPartner_pkey" PRIMARY KEY ("factorySlug","countryCode")
);

-- CreateTable
CREATE TABLE "FactorySystem" (
    "factorySlug" TEXT NOT NULL,
    "systemSlug" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "FactorySystem_pkey" PRIMARY KEY ("factorySlug","systemSlug")
);

-- CreateTable
CREATE TABLE "Antenna" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "host" TEXT,
    "city" TEXT,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "coordsApprox" BOOLEAN NOT NULL,
    "summary" TEXT NOT NULL,
    "checked" TEXT NOT NULL,
    "website" TEXT,
    "accessUrl" TEXT,
    "linksSearched" TEXT,

    CONSTRAINT "Antenna_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "AntennaFactory" (
    "antennaSlug" TEXT NOT NULL,
    "factorySlug" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "AntennaFactory_pkey" PRIMARY KEY ("antennaSlug","factorySlug")
);

-- CreateTable
CREATE TABLE "AccessTrack" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "antennaSlug" TEXT,
    "factorySlug" TEXT,
    "useCase" TEXT NOT NULL,
    "responseTime" TEXT NOT NULL,
    "responseDays" INTEGER,
    "position" INTEGER NOT NULL,
    "checked" TEXT NOT NULL,

    CONSTRAINT "AccessTrack_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "AccessMode" (
    "id" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "detail" TEXT,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "AccessMode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "System" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "site" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "coordsApprox" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "tier" TEXT,
    "eurohpc" BOOLEAN NOT NULL,
    "vendor" TEXT,
    "acceleratorModel" TEXT,
    "acceleratorVendor" TEXT,
    "family" TEXT,
    "generation" TEXT,
    "summary" TEXT NOT NULL,
    "checked" TEXT NOT NULL,

    CONSTRAINT "System_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Top500Entry" (
    "id" TEXT NOT NULL,
    "systemSlug" TEXT NOT NULL,
    "edition" TEXT NOT NULL,
    "listNumber" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "rmaxPflops" DOUBLE PRECISION,
    "rpeakPflops" DOUBLE PRECISION,
    "sourceId" TEXT NOT NULL,
    "provisional" BOOLEAN NOT NULL,
    "note" TEXT,
    "checked" TEXT NOT NULL,

    CONSTRAINT "Top500Entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Top500List" (
    "edition" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "published" TEXT NOT NULL,
    "publishedSort" TEXT NOT NULL,
    "coverage" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "note" TEXT,
    "checked" TEXT NOT NULL,

    CONSTRAINT "Top500List_pkey" PRIMARY KEY ("edition")
);

-- CreateTable
CREATE TABLE "Programme" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startDate" TEXT,
    "endDate" TEXT,
    "parent" TEXT,
    "summary" TEXT NOT NULL,
    "checked" TEXT NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "ProgrammeStep" (
    "id" TEXT NOT NULL,
    "programmeSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "date" TEXT,
    "status" TEXT NOT NULL,

    CONSTRAINT "ProgrammeStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "slug" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "dateSort" TEXT NOT NULL,
    "endDate" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "supersedes" TEXT,
    "expected" BOOLEAN NOT NULL DEFAULT false,
    "checked" TEXT NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "EventLink" (
    "eventSlug" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,

    CONSTRAINT "EventLink_pkey" PRIMARY KEY ("eventSlug","subjectType","subjectSlug")
);

-- CreateTable
CREATE TABLE "ModelProject" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "countryCode" TEXT,
    "computeNote" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "checked" TEXT NOT NULL,

    CONSTRAINT "ModelProject_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "TrainingRun" (
    "slug" TEXT NOT NULL,
    "projectSlug" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "checked" TEXT NOT NULL,

    CONSTRAINT "TrainingRun_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "TrainingRunSystem" (
    "runSlug" TEXT NOT NULL,
    "systemSlug" TEXT NOT NULL,

    CONSTRAINT "TrainingRunSystem_pkey" PRIMARY KEY ("runSlug","systemSlug")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" SERIAL NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "label" TEXT,
    "unit" TEXT,
    "valueNum" DOUBLE PRECISION,
    "valueText" TEXT,
    "sourceId" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "asOfSort" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "unverified" BOOLEAN NOT NULL DEFAULT false,
    "preferred" BOOLEAN NOT NULL,
    "superseded" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordSource" (
    "subjectType" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "RecordSource_pkey" PRIMARY KEY ("subjectType","subjectSlug","sourceId")
);

-- CreateTable
CREATE TABLE "Change" (
    "id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,
    "field" TEXT,
    "fromValue" TEXT,
    "toValue" TEXT,
    "reason" TEXT NOT NULL,

    CONSTRAINT "Change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeSource" (
    "changeId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "ChangeSource_pkey" PRIMARY KEY ("changeId","sourceId")
);

-- CreateTable
CREATE TABLE "MissingFigure" (
    "subjectType" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "searched" TEXT NOT NULL,

    CONSTRAINT "MissingFigure_pkey" PRIMARY KEY ("subjectType","subjectSlug","field")
);

-- CreateIndex
CREATE INDEX "AccessMode_subjectType_subjectSlug_idx" ON "AccessMode"("subjectType", "subjectSlug");

-- CreateIndex
CREATE UNIQUE INDEX "Top500Entry_systemSlug_edition_key" ON "Top500Entry"("systemSlug", "edition");

-- CreateIndex
CREATE INDEX "Claim_subjectType_subjectSlug_idx" ON "Claim"("subjectType", "subjectSlug");

-- CreateIndex
CREATE INDEX "Claim_sourceId_idx" ON "Claim"("sourceId");

-- CreateIndex
CREATE INDEX "RecordSource_sourceId_idx" ON "RecordSource"("sourceId");

-- CreateIndex
CREATE INDEX "Change_subjectType_subjectSlug_idx" ON "Change"("subjectType", "subjectSlug");

-- CreateIndex
CREATE INDEX "ChangeSource_sourceId_idx" ON "ChangeSource"("sourceId");

-- AddForeignKey
ALTER TABLE "Factory" ADD CONSTRAINT "Factory_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactoryPartner" ADD CONSTRAINT "FactoryPartner_factorySlug_fkey" FOREIGN KEY ("factorySlug") REFERENCES "Factory"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactoryPartner" ADD CONSTRAINT "FactoryPartner_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactorySystem" ADD CONSTRAINT "FactorySystem_factorySlug_fkey" FOREIGN KEY ("factorySlug") REFERENCES "Factory"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactorySystem" ADD CONSTRAINT "FactorySystem_systemSlug_fkey" FOREIGN KEY ("systemSlug") REFERENCES "System"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Antenna" ADD CONSTRAINT "Antenna_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AntennaFactory" ADD CONSTRAINT "AntennaFactory_antennaSlug_fkey" FOREIGN KEY ("antennaSlug") REFERENCES "Antenna"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AntennaFactory" ADD CONSTRAINT "AntennaFactory_factorySlug_fkey" FOREIGN KEY ("factorySlug") REFERENCES "Factory"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessTrack" ADD CONSTRAINT "AccessTrack_antennaSlug_fkey" FOREIGN KEY ("antennaSlug") REFERENCES "Antenna"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessTrack" ADD CONSTRAINT "AccessTrack_factorySlug_fkey" FOREIGN KEY ("factorySlug") REFERENCES "Factory"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessMode" ADD CONSTRAINT "AccessMode_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "System" ADD CONSTRAINT "System_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Top500Entry" ADD CONSTRAINT "Top500Entry_systemSlug_fkey" FOREIGN KEY ("systemSlug") REFERENCES "System"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Top500Entry" ADD CONSTRAINT "Top500Entry_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Top500List" ADD CONSTRAINT "Top500List_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeStep" ADD CONSTRAINT "ProgrammeStep_programmeSlug_fkey" FOREIGN KEY ("programmeSlug") REFERENCES "Programme"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventLink" ADD CONSTRAINT "EventLink_eventSlug_fkey" FOREIGN KEY ("eventSlug") REFERENCES "Event"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelProject" ADD CONSTRAINT "ModelProject_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRun" ADD CONSTRAINT "TrainingRun_projectSlug_fkey" FOREIGN KEY ("projectSlug") REFERENCES "ModelProject"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRunSystem" ADD CONSTRAINT "TrainingRunSystem_runSlug_fkey" FOREIGN KEY ("runSlug") REFERENCES "TrainingRun"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRunSystem" ADD CONSTRAINT "TrainingRunSystem_systemSlug_fkey" FOREIGN KEY ("systemSlug") REFERENCES "System"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordSource" ADD CONSTRAINT "RecordSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeSource" ADD CONSTRAINT "ChangeSource_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "Change"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeSource" ADD CONSTRAINT "ChangeSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

