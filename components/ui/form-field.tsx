import { useId, type InputHTMLAttributes, type ReactNode } from "react";

const CONTROL =
  "block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-[13px] text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset placeholder:text-zinc-400 focus:ring-2 focus:ring-indigo-500 focus:outline-hidden aria-invalid:ring-red-400";

/** A labelled input with its hint and its server-side errors, tied together for screen readers. */
export function TextField({
  label,
  hint,
  errors,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: ReactNode; errors?: string[]; name: string }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-[13px] font-medium text-zinc-800">{label}</label>
      <input id={id} className={`mt-1 ${CONTROL}`} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} {...props} />
      {hint ? <p id={hintId} className="mt-1 text-xs text-zinc-500">{hint}</p> : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-xs text-red-700">
      {errors.join(" ")}
    </p>
  );
}

export type Choice<V extends string> = { value: V; label: string; description?: string };

/** Radio buttons as a fieldset: arrow keys move between them, as everywhere else. */
export function ChoiceField<V extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  errors,
}: {
  legend: string;
  name: string;
  choices: Choice<V>[];
  value: V;
  onChange: (value: V) => void;
  errors?: string[];
}) {
  return (
    <fieldset>
      <legend className="text-[13px] font-medium text-zinc-800">{legend}</legend>
      <div className="mt-1.5 space-y-1.5">
        {choices.map((choice) => (
          <label key={choice.value} className="flex cursor-pointer items-start gap-2.5 rounded-md px-2.5 py-2 ring-1 ring-zinc-200 ring-inset has-checked:bg-indigo-50/60 has-checked:ring-indigo-300">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              className="mt-0.5 accent-indigo-600"
            />
            <span className="min-w-0">
              <span className="block text-[13px] font-medium text-zinc-900">{choice.label}</span>
              {choice.description ? <span className="block text-xs text-zinc-500">{choice.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
