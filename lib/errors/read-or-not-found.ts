import "server-only";
import { notFound } from "next/navigation";
import { isDomainError } from "../domain/domain-error";

/**
 * A detail page's read of the record its id names: an unknown or malformed id (not_found) is the
 * 404 page, not an error. Anything else is thrown on, for readDatabase to judge.
 */
export async function readOrNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isDomainError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
