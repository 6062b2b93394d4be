-- AlterTable
ALTER TABLE "console_staff" ADD COLUMN     "table_preferences" JSONB NOT NULL DEFAULT '{}';
