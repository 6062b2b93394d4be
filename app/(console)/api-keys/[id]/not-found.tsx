import { CenteredMessage } from "@/components/shell/centered-message";
import { ButtonLink } from "@/components/ui/button";

export default function ApiKeyNotFound() {
  return (
    <CenteredMessage eyebrow="404" title="This API key does not exist" actions={<ButtonLink href="/api-keys" variant="primary">Go to API keys</ButtonLink>}>
      <p>There is no key at this address. It may have been deleted with its tenant, or the link is mistyped. Revoked and expired keys stay listed.</p>
    </CenteredMessage>
  );
}
