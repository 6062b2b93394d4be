import net from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ipFamily, parseIp } from "./parse-ip";

const hexGroup = fc.stringMatching(/^[0-9a-fA-F]{1,5}$/);
const v4Part = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom("01", "00", "", "1a"));
const v4 = fc.array(v4Part, { minLength: 3, maxLength: 5 }).map((parts) => parts.join("."));
const v6 = fc
  .tuple(fc.array(fc.oneof(hexGroup, fc.constant("")), { minLength: 1, maxLength: 9 }), fc.option(v4))
  .map(([groups, tail]) => [...groups, ...(tail ? [tail] : [])].join(":"));
const anyText = fc.oneof(v4, v6, fc.string({ maxLength: 20 }), fc.string({ unit: "binary-ascii", maxLength: 12 }));

describe("ipFamily", () => {
  it("agrees with Node's net.isIP on 20,000 addresses and near-addresses (zone ids aside)", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const expected = text.includes("%") ? 0 : net.isIP(text);
        expect(ipFamily(text)).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ["10.0.0.1", 4], ["255.255.255.255", 4], ["::", 6], ["::1", 6], ["2001:db8::1", 6], ["::ffff:10.0.0.9", 6],
    ["1:2:3:4:5:6:7:8", 6], ["256.0.0.1", 0], ["10.0.0", 0], ["01.2.3.4", 0], ["1:2:3:4:5:6:7:8:9", 0], ["fe80::1%eth0", 0], ["", 0],
  ])("%s is family %i", (text, family) => {
    expect(ipFamily(text)).toBe(family);
  });
});

describe("parseIp", () => {
  it("reads addresses and CIDRs, and refuses bad masks", () => {
    expect(parseIp("10.0.0.0/8")).toEqual({ value: "10.0.0.0/8", cidr: true });
    expect(parseIp("2001:db8::/32")).toEqual({ value: "2001:db8::/32", cidr: true });
    expect(parseIp("10.0.0.1")).toEqual({ value: "10.0.0.1", cidr: false });
    expect(parseIp("10.0.0.0/33")).toBeNull();
    expect(parseIp("2001:db8::/129")).toBeNull();
    expect(parseIp("10.0.0.0/")).toBeNull();
  });
});
