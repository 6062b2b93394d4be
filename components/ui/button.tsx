import Link from "next/link";
import type { ButtonHTMLAttributes, ReactNode } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger";
export type ButtonSize = "md" | "sm";

const BASE =
  "inline-flex items-center justify-center gap-1.5 rounded-md font-medium whitespace-nowrap transition-colors disabled:pointer-events-none disabled:opacity-50";

const SIZES: Record<ButtonSize, string> = {
  md: "h-8 px-3 text-[13px]",
  sm: "h-7 px-2.5 text-xs",
};

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-zinc-900 text-white shadow-xs hover:bg-zinc-800",
  secondary: "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50",
  danger: "bg-red-600 text-white shadow-xs hover:bg-red-500",
};

export function Button({
  variant = "secondary",
  size = "md",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={`${BASE} ${SIZES[size]} ${VARIANTS[variant]} ${className}`} {...props} />;
}

export function ButtonLink({ href, variant = "secondary", children }: { href: string; variant?: ButtonVariant; children: ReactNode }) {
  return (
    <Link href={href} className={`${BASE} ${SIZES.md} ${VARIANTS[variant]}`}>
      {children}
    </Link>
  );
}
