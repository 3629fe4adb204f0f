-- CreateTable
CREATE TABLE "DatasetMeta" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" TEXT NOT NULL,
    "lastUpdated" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "builtAt" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "date" TEXT,
    "dateSort" TEXT,
    "url" TEXT,
    "kind" TEXT NOT NULL,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "euMember" BOOLEAN NOT NULL,
    "eurohpcMember" BOOLEAN,
    "eurohpcNote" TEXT,
    "capital" TEXT NOT NULL,
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
    "checked" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Factory" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "countryCode" TEXT NOT NULL,
    "wave" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
    "coordsApprox" BOOLEAN NOT NULL,
    "summary" TEXT NOT NULL,
    "checked" TEXT NOT NULL,
    "website" TEXT,
    "accessUrl" TEXT,
    "linksSearched" TEXT,
    CONSTRAINT "Factory_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FactoryPartner" (
    "factorySlug" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("factorySlug", "countryCode"),
    CONSTRAINT "FactoryPartner_factorySlug_fkey" FOREIGN KEY ("factorySlug") REFERENCES "Factory" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FactoryPartner_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FactorySystem" (
    "factorySlug" TEXT NOT NULL,
    "systemSlug" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("factorySlug", "systemSlug"),
    CONSTRAINT "FactorySystem_factorySlug_fkey" FOREIGN KEY ("factorySlug") REFERENCES "Factory" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FactorySystem_systemSlug_fkey" FOREIGN KEY ("systemSlug") REFERENCES "System" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Antenna" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "host" TEXT,
    "city" TEXT,
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
    "coordsApprox" BOOLEAN NOT NULL,
    "summary" TEXT NOT NULL,
    "checked" TEXT NOT NULL,
    "website" TEXT,
    "accessUrl" TEXT,
    "linksSearched" TEXT,
    CONSTRAINT "Antenna_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AntennaFactory" (
    "antennaSlug" TEXT NOT NULL,
    "factorySlug" TEXT NOT NULL,
    "note" TEXT,

    PRIMARY KEY ("antennaSlug", "factorySlug"),
    CONSTRAINT "AntennaFactory_antennaSlug_fkey" FOREIGN KEY ("antennaSlug") REFERENCES "Antenna" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AntennaFactory_factorySlug_fkey" FOREIGN KEY ("factorySlug") REFERENCES "Factory" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccessTrack" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "antennaSlug" TEXT,
    "factorySlug" TEXT,
    "useCase" TEXT NOT NULL,
    "responseTime" TEXT NOT NULL,
    "responseDays" INTEGER,
    "position" INTEGER NOT NULL,
    "checked" TEXT NOT NULL,
    CONSTRAINT "AccessTrack_antennaSlug_fkey" FOREIGN KEY ("antennaSlug") REFERENCES "Antenna" ("slug") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AccessTrack_factorySlug_fkey" FOREIGN KEY ("factorySlug") REFERENCES "Factory" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccessMode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectType" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "detail" TEXT,
    "sourceId" TEXT NOT NULL,
    CONSTRAINT "AccessMode_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "System" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "site" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
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
    CONSTRAINT "System_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Top500Entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "systemSlug" TEXT NOT NULL,
    "edition" TEXT NOT NULL,
    "listNumber" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "rmaxPflops" REAL,
    "rpeakPflops" REAL,
    "sourceId" TEXT NOT NULL,
    "provisional" BOOLEAN NOT NULL,
    "note" TEXT,
    "checked" TEXT NOT NULL,
    CONSTRAINT "Top500Entry_systemSlug_fkey" FOREIGN KEY ("systemSlug") REFERENCES "System" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Top500Entry_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Top500List" (
    "edition" TEXT NOT NULL PRIMARY KEY,
    "number" INTEGER NOT NULL,
    "published" TEXT NOT NULL,
    "publishedSort" TEXT NOT NULL,
    "coverage" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "note" TEXT,
    "checked" TEXT NOT NULL,
    CONSTRAINT "Top500List_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Programme" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startDate" TEXT,
    "endDate" TEXT,
    "parent" TEXT,
    "summary" TEXT NOT NULL,
    "checked" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ProgrammeStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "date" TEXT,
    "status" TEXT NOT NULL,
    CONSTRAINT "ProgrammeStep_programmeSlug_fkey" FOREIGN KEY ("programmeSlug") REFERENCES "Programme" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "date" TEXT NOT NULL,
    "dateSort" TEXT NOT NULL,
    "endDate" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "supersedes" TEXT,
    "expected" BOOLEAN NOT NULL DEFAULT false,
    "checked" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "EventLink" (
    "eventSlug" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,

    PRIMARY KEY ("eventSlug", "subjectType", "subjectSlug"),
    CONSTRAINT "EventLink_eventSlug_fkey" FOREIGN KEY ("eventSlug") REFERENCES "Event" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelProject" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "countryCode" TEXT,
    "computeNote" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "checked" TEXT NOT NULL,
    CONSTRAINT "ModelProject_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainingRun" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "projectSlug" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "checked" TEXT NOT NULL,
    CONSTRAINT "TrainingRun_projectSlug_fkey" FOREIGN KEY ("projectSlug") REFERENCES "ModelProject" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainingRunSystem" (
    "runSlug" TEXT NOT NULL,
    "systemSlug" TEXT NOT NULL,

    PRIMARY KEY ("runSlug", "systemSlug"),
    CONSTRAINT "TrainingRunSystem_runSlug_fkey" FOREIGN KEY ("runSlug") REFERENCES "TrainingRun" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TrainingRunSystem_systemSlug_fkey" FOREIGN KEY ("systemSlug") REFERENCES "System" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subjectType" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "label" TEXT,
    "unit" TEXT,
    "valueNum" REAL,
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
    CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecordSource" (
    "subjectType" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    PRIMARY KEY ("subjectType", "subjectSlug", "sourceId"),
    CONSTRAINT "RecordSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Change" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,
    "field" TEXT,
    "fromValue" TEXT,
    "toValue" TEXT,
    "reason" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ChangeSource" (
    "changeId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    PRIMARY KEY ("changeId", "sourceId"),
    CONSTRAINT "ChangeSource_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "Change" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ChangeSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MissingFigure" (
    "subjectType" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "searched" TEXT NOT NULL,

    PRIMARY KEY ("subjectType", "subjectSlug", "field")
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

