import { FailurePanel } from "@/components/actions/failure-panel";
import type { ActionFailure } from "@/components/actions/use-server-action";
import type { ApiKeyRow } from "@/lib/api-keys/api-key-row";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";

function isKeyRow(value: unknown): value is Pick<ApiKeyRow, "keyPrefix" | "name" | "status" | "expiresAt"> {
  return typeof value === "object" && value !== null && "keyPrefix" in value && "status" in value;
}

function describeKey(key: Pick<ApiKeyRow, "keyPrefix" | "name" | "status" | "expiresAt">): string {
  const expiry = key.expiresAt ? `expires ${formatUtcDateTime(key.expiresAt)}` : "never expires";
  return `${key.keyPrefix} “${key.name}”: ${key.status}, ${expiry}`;
}

/** The server's sentence; on a conflict, what the key (or keys) look like now, so the admin can decide again. */
export function ApiKeyFailure({ failure }: { failure: ActionFailure | null }) {
  return (
    <FailurePanel
      failure={failure}
      describeCurrent={(current) => {
        const keys = (Array.isArray(current) ? current : [current]).filter(isKeyRow);
        if (keys.length === 0) return null;
        return (
          <ul className="space-y-0.5">
            {keys.map((key) => (
              <li key={key.keyPrefix}>Now: {describeKey(key)}.</li>
            ))}
          </ul>
        );
      }}
    />
  );
}
