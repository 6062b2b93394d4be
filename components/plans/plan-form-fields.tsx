import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { FieldErrors } from "@/components/ui/form-field";

// The two controls the plan form needs beyond TextField, drawn the same way.
const CONTROL =
  "mt-1 block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-[13px] text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset placeholder:text-zinc-400 focus:ring-2 focus:ring-indigo-500 focus:outline-hidden aria-invalid:ring-red-400";

function describedBy(id: string, hint: ReactNode, errors: string[] | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function TextAreaField({
  label,
  hint,
  errors,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; hint?: ReactNode; errors?: string[]; name: string }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-[13px] font-medium text-zinc-800">{label}</label>
      <textarea id={id} className={CONTROL} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} {...props} />
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-500">{hint}</p> : null}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function SelectField({
  label,
  errors,
  options,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; errors?: string[]; name: string; options: readonly string[] }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-[13px] font-medium text-zinc-800">{label}</label>
      <select id={id} className={`${CONTROL} h-[30px]`} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, null, errors)} {...props}>
        {options.map((option) => (
          <option key={option} value={option}>{option}</option>
        ))}
      </select>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
