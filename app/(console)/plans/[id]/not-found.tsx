import { RecordNotFound } from "@/components/shell/record-not-found";

export default function PlanNotFound() {
  return (
    <RecordNotFound title="This plan does not exist" listHref="/plans" listLabel="See every plan" />
  );
}
