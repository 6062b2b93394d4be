import { RecordNotFound } from "@/components/shell/record-not-found";

export default function TenantNotFound() {
  return (
    <RecordNotFound title="This tenant does not exist" listHref="/tenants" listLabel="See every tenant" />
  );
}
