import net from "node:net";

export type ParsedIp = { value: string; cidr: boolean };

/**
 * An IPv4 or IPv6 address, or a CIDR such as 10.0.0.0/8 or 2001:db8::/32. Zone ids (fe80::1%eth0)
 * are refused because PostgreSQL's inet cannot hold them. Host bits after the mask are allowed:
 * 10.1.2.3/8 means the network 10.0.0.0/8.
 */
export function parseIp(text: string): ParsedIp | null {
  if (text.includes("%")) return null;
  const slash = text.indexOf("/");
  const address = slash === -1 ? text : text.slice(0, slash);
  const family = net.isIP(address);
  if (family === 0) return null;
  if (slash === -1) return { value: text, cidr: false };
  const bits = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits) || Number(bits) > (family === 4 ? 32 : 128)) return null;
  return { value: text, cidr: true };
}
