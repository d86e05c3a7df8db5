import type { ApiKeyRow, UserRow } from '../../db/schema/index.js';

export type MemberRole = 'OWNER' | 'MANAGER' | 'STAFF';

/** Who is asking: nobody, a signed-in user (with their operator roles), or a partner's API key. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: UserRow; memberships: Array<{ operatorId: string; role: MemberRole }> }
  | { kind: 'apiKey'; key: Pick<ApiKeyRow, 'id' | 'operatorId' | 'scopes' | 'name' | 'gateId'> };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
