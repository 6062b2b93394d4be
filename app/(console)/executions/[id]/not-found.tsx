import { RecordNotFound } from "@/components/shell/record-not-found";

export default function ExecutionNotFound() {
  return (
    <RecordNotFound title="This execution does not exist" listHref="/executions" listLabel="See every execution" />
  );
}
