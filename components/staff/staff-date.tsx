export { DateStack as StaffDate } from "@/components/ui/date-stack";
