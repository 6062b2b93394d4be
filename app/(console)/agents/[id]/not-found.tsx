import { RecordNotFound } from "@/components/shell/record-not-found";

export default function AgentNotFound() {
  return (
    <RecordNotFound title="This agent does not exist" listHref="/agents" listLabel="See every agent" />
  );
}
