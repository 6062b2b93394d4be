import type { Random } from "./random";
import type { ApiKeyRow, AuditLogRow, TenantProfile, UserRow } from "./demo-rows";
import { API_USER_AGENTS, BROWSER_USER_AGENTS, STAFF_ACTORS, SYSTEM_USER_AGENT } from "./catalog";
import { pickIpAddress } from "./ip-addresses";

// Who did it, from where: the actor columns of an audit row. People keep a usual address and
// browser, so one user's rows look like one person's.

export type ActorColumns = Pick<AuditLogRow, "actor_type" | "actor_id" | "actor_email" | "ip_address" | "user_agent">;

export class AuditActors {
  private readonly homes = new Map<string, { ip: string; agent: string }>();

  constructor(private readonly random: Random) {}

  private home(id: string, agents: readonly string[]): { ip: string; agent: string } {
    let home = this.homes.get(id);
    if (!home) {
      home = { ip: pickIpAddress(this.random), agent: this.random.pick(agents) };
      this.homes.set(id, home);
    }
    return home;
  }

  user(user: UserRow): ActorColumns {
    const home = this.home(user.id, BROWSER_USER_AGENTS);
    const travelling = this.random.chance(0.12);
    return {
      actor_type: "user", actor_id: user.id, actor_email: user.email,
      ip_address: travelling ? pickIpAddress(this.random) : home.ip, user_agent: home.agent,
    };
  }

  apiKey(key: ApiKeyRow): ActorColumns {
    const home = this.home(key.id, API_USER_AGENTS);
    return { actor_type: "api_key", actor_id: key.id, actor_email: null, ip_address: key.last_used_ip ?? home.ip, user_agent: home.agent };
  }

  staff(): ActorColumns {
    const staff = this.random.pick(STAFF_ACTORS);
    const home = this.home(staff.id, BROWSER_USER_AGENTS);
    return { actor_type: "staff", actor_id: staff.id, actor_email: staff.email, ip_address: home.ip, user_agent: home.agent };
  }

  system(): ActorColumns {
    return { actor_type: "system", actor_id: null, actor_email: null, ip_address: null, user_agent: SYSTEM_USER_AGENT };
  }

  /** A user who can act now: active, preferring people who actually log in. */
  pickUser(profile: TenantProfile, roles?: readonly UserRow["role"][]): UserRow {
    const pool = profile.users.filter((u) => u.is_active && (!roles || roles.includes(u.role)));
    return this.random.pick(pool.length > 0 ? pool : profile.users);
  }

  requestId(): string {
    return `req_${this.random.hex(20)}`;
  }
}
