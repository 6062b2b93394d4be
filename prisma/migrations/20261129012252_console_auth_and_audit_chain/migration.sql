-- AlterTable
ALTER TABLE "audit_logs" ADD COLUMN     "prev_hash" CHAR(64),
ADD COLUMN     "row_hash" CHAR(64);

-- AlterTable
ALTER TABLE "console_staff" ADD COLUMN     "created_by_staff_id" UUID,
ADD COLUMN     "invite_expires_at" TIMESTAMPTZ(6),
ADD COLUMN     "invite_token_hash" CHAR(64),
ADD COLUMN     "must_change_password" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "password_changed_at" TIMESTAMPTZ(6);

-- CreateTable
CREATE TABLE "console_login_attempts" (
    "id" BIGSERIAL NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "ip_address" INET,
    "succeeded" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "console_login_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "console_login_attempts_email_created_at_idx" ON "console_login_attempts"("email", "created_at" DESC);

-- CreateIndex
CREATE INDEX "console_login_attempts_ip_address_created_at_idx" ON "console_login_attempts"("ip_address", "created_at" DESC);

-- CreateIndex
CREATE INDEX "console_login_attempts_created_at_idx" ON "console_login_attempts"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "console_staff_invite_token_hash_key" ON "console_staff"("invite_token_hash");

-- CreateIndex
CREATE INDEX "console_staff_role_disabled_at_idx" ON "console_staff"("role", "disabled_at");

-- AddForeignKey
ALTER TABLE "console_staff" ADD CONSTRAINT "console_staff_created_by_staff_id_fkey" FOREIGN KEY ("created_by_staff_id") REFERENCES "console_staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-added below the generated part (Prisma does not model triggers).

-- audit_logs is append-only: no UPDATE or DELETE, whoever asks. Emptying the table is a
-- privilege matter: production roles get no TRUNCATE on it (see docs/decisions/006).
CREATE FUNCTION audit_logs_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_logs is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Write a new audit row instead of changing an old one.';
END;
$$;

CREATE TRIGGER audit_logs_append_only
  BEFORE UPDATE OR DELETE ON audit_logs
  FOR EACH ROW EXECUTE FUNCTION audit_logs_refuse_change();

-- The content a row's hash covers, in one unambiguous text form. The timestamp is taken in
-- microseconds since the epoch so the session's time zone cannot change it.
CREATE FUNCTION audit_logs_row_content(entry audit_logs) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(
    entry.id, entry.tenant_id, entry.actor_type, entry.actor_id, entry.actor_email, entry.action,
    entry.resource_type, entry.resource_id, entry.details, host(entry.ip_address), entry.user_agent,
    (extract(epoch FROM entry.created_at) * 1000000)::bigint
  )::text
$$;

-- Chains every row to the one before it, whoever inserts it (the console or the backend).
-- Inserts are serialized by a transaction-level advisory lock. Chain order is id order: an id
-- drawn before a concurrent insert committed is replaced by a larger one under the lock.
CREATE FUNCTION audit_logs_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous_id bigint;
  previous_hash char(64);
BEGIN
  PERFORM pg_advisory_xact_lock(7270736901);
  SELECT id, row_hash INTO previous_id, previous_hash FROM audit_logs ORDER BY id DESC LIMIT 1;
  IF previous_id IS NOT NULL AND NEW.id <= previous_id THEN
    NEW.id := greatest(nextval(pg_get_serial_sequence('audit_logs', 'id')), previous_id + 1);
  END IF;
  NEW.prev_hash := coalesce(previous_hash, repeat('0', 64));
  NEW.row_hash := encode(sha256(convert_to(NEW.prev_hash || audit_logs_row_content(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END;
$$;

CREATE TRIGGER audit_logs_chain
  BEFORE INSERT ON audit_logs
  FOR EACH ROW EXECUTE FUNCTION audit_logs_chain();
