import { RecordNotFound } from "@/components/shell/record-not-found";

export default function WorkflowNotFound() {
  return (
    <RecordNotFound title="This workflow does not exist" listHref="/workflows" listLabel="See every workflow" />
  );
}
