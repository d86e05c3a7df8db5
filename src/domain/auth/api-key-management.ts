import type { Database } from '../../db/client.js';
import { findApiKeyById, insertApiKey, revokeApiKeyRow } from '../../db/queries/accounts.js';
import { findOperatorsByIds } from '../../db/queries/operators.js';
import type { ApiKeyRow } from '../../db/schema/index.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { canManageApiKeys, requireUser } from '../policy.js';
import { API_KEY_SCOPES, generateApiKey, type ApiKeyScope } from './api-keys.js';
import type { Viewer } from './viewer.js';

/** A key with its secret: the only moment the secret exists outside the partner's hands. */
export interface IssuedApiKey {
  apiKey: ApiKeyRow;
  secret: string;
}

/** Creates a key for an operator; only its OWNER (or an admin) may. */
export async function createApiKey(
  db: Database,
  viewer: Viewer,
  input: { operatorId: string; name: string; scopes: ApiKeyScope[] },
): Promise<Outcome<IssuedApiKey>> {
  const { user } = requireUser(viewer);
  const [operator] = await findOperatorsByIds(db, [input.operatorId]);
  if (!operator) return fail('NOT_FOUND', 'No such operator', ['input', 'operatorId']);
  if (!canManageApiKeys(viewer, operator.id)) return fail('FORBIDDEN', "Only the operator's owner manages API keys", ['input', 'operatorId']);
  const name = input.name.trim();
  if (name.length < 1 || name.length > 60) return fail('INVALID_INPUT', 'name must have 1 to 60 characters', ['input', 'name']);
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0 || scopes.some((scope) => !API_KEY_SCOPES.includes(scope))) {
    return fail('INVALID_INPUT', 'Give at least one scope', ['input', 'scopes']);
  }
  return succeed(await issue(db, { operatorId: operator.id, name, scopes, createdBy: user.id }));
}

/** Issues a new secret with the same name and scopes, and revokes the old key at once. */
export async function rotateApiKey(db: Database, viewer: Viewer, apiKeyId: string): Promise<Outcome<IssuedApiKey>> {
  const { user } = requireUser(viewer);
  const existing = await ownedKey(db, viewer, apiKeyId);
  if (!existing.ok) return existing;
  const revoked = await revokeApiKeyRow(db, apiKeyId);
  if (!revoked) return fail('INVALID_INPUT', 'A revoked key cannot be rotated', ['input', 'apiKeyId']);
  const { operatorId, name, scopes, gateId } = existing.value;
  return succeed(await issue(db, { operatorId, name, scopes, gateId, createdBy: user.id }));
}

export async function revokeApiKey(db: Database, viewer: Viewer, apiKeyId: string): Promise<Outcome<ApiKeyRow>> {
  requireUser(viewer);
  const existing = await ownedKey(db, viewer, apiKeyId);
  if (!existing.ok) return existing;
  return succeed((await revokeApiKeyRow(db, apiKeyId)) ?? existing.value);
}

/** Stores a new key (its hash) and returns it with its secret; `gateId` makes it a gate's device key. */
export async function issue(
  db: Database,
  key: { operatorId: string; name: string; scopes: string[]; createdBy: string | null; gateId?: string | null },
): Promise<IssuedApiKey> {
  const { key: secret, prefix, secretHash } = generateApiKey();
  return { apiKey: await insertApiKey(db, { ...key, prefix, secretHash }), secret };
}

async function ownedKey(db: Database, viewer: Viewer, apiKeyId: string): Promise<Outcome<ApiKeyRow>> {
  const key = await findApiKeyById(db, apiKeyId);
  // keys are the owner's business: to anyone else they do not exist
  if (!key || !canManageApiKeys(viewer, key.operatorId)) return fail('NOT_FOUND', 'No such API key', ['input', 'apiKeyId']);
  return succeed(key);
}
