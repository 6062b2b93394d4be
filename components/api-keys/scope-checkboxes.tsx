import { FieldErrors } from "@/components/ui/form-field";
import { API_KEY_SCOPES } from "@/lib/api-keys/api-key-scopes";

/** One checkbox per scope the console may grant; the server keeps them in this order. */
export function ScopeCheckboxes({ errors, defaultChecked = [] }: { errors?: string[]; defaultChecked?: readonly string[] }) {
  return (
    <fieldset aria-invalid={errors?.length ? true : undefined}>
      <legend className="text-[13px] font-medium text-zinc-800">Scopes</legend>
      <p className="text-xs text-zinc-500">What the key may do. Grant the least it needs.</p>
      <div className="mt-1.5 grid grid-cols-2 gap-x-3 gap-y-1">
        {API_KEY_SCOPES.map((scope) => (
          <label key={scope} className="flex cursor-pointer items-center gap-2 rounded px-1.5 py-1 text-[13px] text-zinc-800 hover:bg-zinc-50">
            <input type="checkbox" name="scopes" value={scope} defaultChecked={defaultChecked.includes(scope)} className="accent-indigo-600" />
            <span className="font-mono text-xs">{scope}</span>
          </label>
        ))}
      </div>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
