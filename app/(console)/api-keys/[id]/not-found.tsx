import { RecordNotFound } from "@/components/shell/record-not-found";

export default function ApiKeyNotFound() {
  return (
    <RecordNotFound title="This API key does not exist" listHref="/api-keys" listLabel="See every API key">
      There is no key at this address. It may have been deleted with its tenant, or the link is mistyped. Revoked and expired keys stay listed.
    </RecordNotFound>
  );
}
