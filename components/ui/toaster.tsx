"use client";

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";

export type Toast = { tone: "success" | "error"; text: string };
type ShownToast = Toast & { id: number };

const ToastContext = createContext<(toast: Toast) => void>(() => undefined);

/** Confirms an action in a corner of the screen; success fades after a while, errors stay until dismissed. */
export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const show = useCallback((toast: Toast) => setToasts((current) => [...current.slice(-3), { ...toast, id: Date.now() + Math.random() }]), []);
  const dismiss = (id: number) => setToasts((current) => current.filter((toast) => toast.id !== id));

  return (
    <ToastContext.Provider value={show}>
      {children}
      {/* Always in the page, so screen readers announce each toast as it arrives. */}
      <div role="status" aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss }: { toast: ShownToast; onDismiss: () => void }) {
  useEffect(() => {
    if (toast.tone === "error") return;
    const timer = setTimeout(onDismiss, 6_000);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  const styles = toast.tone === "error" ? "bg-red-50 text-red-900 ring-red-200" : "bg-white text-zinc-900 ring-zinc-200";
  return (
    <div data-testid="toast" className={`pointer-events-auto flex items-start gap-3 rounded-lg px-4 py-3 text-[13px] shadow-lg ring-1 ${styles}`}>
      <span aria-hidden="true" className={toast.tone === "error" ? "text-red-600" : "text-emerald-600"}>{toast.tone === "error" ? "!" : "✓"}</span>
      <p className="flex-1">{toast.text}</p>
      <button type="button" onClick={onDismiss} className="text-xs font-medium text-zinc-500 hover:text-zinc-900">
        Dismiss
      </button>
    </div>
  );
}

export function useToast(): (toast: Toast) => void {
  return useContext(ToastContext);
}
