import type { Random } from "./random";

// Client addresses for audit rows and API keys: mostly IPv4 (cloud and office ranges), some IPv6
// under the documentation prefix 2001:db8::/32.

const IPV4_FIRST_OCTETS = [3, 18, 34, 35, 44, 52, 54, 81, 85, 92, 104, 141, 172, 185, 188, 203] as const;

export function pickIpAddress(random: Random, ipv6Share = 0.12): string {
  if (random.chance(ipv6Share)) {
    const groups = Array.from({ length: 6 }, () => random.int(0, 0xffff).toString(16));
    return `2001:db8:${groups.join(":")}`;
  }
  const first = random.pick(IPV4_FIRST_OCTETS);
  // 172.16/12 is private; stay outside it.
  const second = first === 172 ? random.int(32, 255) : random.int(0, 255);
  return `${first}.${second}.${random.int(0, 255)}.${random.int(1, 254)}`;
}
