import { RecordNotFound } from "@/components/shell/record-not-found";

export default function SubscriptionNotFound() {
  return (
    <RecordNotFound title="This subscription does not exist" listHref="/subscriptions" listLabel="See every subscription">
      Check the link, or find it in the list.
    </RecordNotFound>
  );
}
