import { z } from "zod";

// Fields that many actions' inputs share, so each says the same thing when it is wrong.

/** The updatedAt the person saw; a stale one means someone else changed the record meanwhile. */
export const expectedUpdatedAtSchema = z.coerce.date({ error: "Reload the page and try again." });

/** An optional note for the audit log; blank means none. */
export const reasonSchema = z
  .string()
  .trim()
  .max(500, "Use at most 500 characters.")
  .optional()
  .transform((value) => value || undefined);
