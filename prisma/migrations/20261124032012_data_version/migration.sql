-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- The single row the data layer reads and bumps.
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0) ON CONFLICT DO NOTHING;
