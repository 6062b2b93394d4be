import { RecordNotFound } from "@/components/shell/record-not-found";

export default function BlueprintNotFound() {
  return (
    <RecordNotFound title="This blueprint does not exist" listHref="/blueprints" listLabel="See every blueprint" />
  );
}
