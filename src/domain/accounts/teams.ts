import type { Database } from '../../db/client.js';
import { findOperatorsByIds } from '../../db/queries/operators.js';
import {
  acceptLiveInvitation,
  countOwners,
  deleteMember,
  findLiveInvitation,
  findMember,
  findMemberByEmail,
  insertInvitation,
  insertMember,
  lockOperator,
  revokePendingInvitations,
  setMemberRole,
} from '../../db/queries/teams.js';
import type { InvitationRow, OperatorMemberRow } from '../../db/schema/index.js';
import { hashOpaqueToken, newOpaqueToken } from '../auth/opaque-tokens.js';
import type { MemberRole, Viewer } from '../auth/viewer.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { canManageMembers, isAdmin, requireUser } from '../policy.js';
import { normaliseEmail } from './email-address.js';
import { accountMail, sendLater } from './mail.js';
import type { AccountSettings } from './settings.js';

const OPERATOR_FIELD = ['input', 'operatorId'];
const USER_FIELD = ['input', 'userId'];

/**
 * Invites an address to an operator with a role; only its OWNERs (and admins) may. The code goes
 * by mail (through the outbox, in the same transaction) and replaces any pending invitation of
 * that address. ALREADY_MEMBER when the address's account is a member already.
 */
export async function inviteMember(
  db: Database,
  viewer: Viewer,
  settings: AccountSettings,
  input: { operatorId: string; email: string; role: MemberRole },
): Promise<Outcome<InvitationRow>> {
  const { user } = requireUser(viewer);
  const [operator] = await findOperatorsByIds(db, [input.operatorId]);
  if (!operator) return fail('NOT_FOUND', 'No such operator', OPERATOR_FIELD);
  if (!canManageMembers(viewer, operator.id)) return fail('FORBIDDEN', "Only the operator's owners invite members", OPERATOR_FIELD);
  const email = normaliseEmail(input.email);
  if (!email) return fail('INVALID_EMAIL', 'This is not an email address', ['input', 'email']);
  if (await findMemberByEmail(db, operator.id, email)) return fail('ALREADY_MEMBER', 'This address belongs to a member already', ['input', 'email']);
  const { token, hash } = newOpaqueToken();
  const seconds = settings.lifetimes.invitation;
  return succeed(
    await db.transaction(async (tx) => {
      await revokePendingInvitations(tx, operator.id, email);
      const invitation = await insertInvitation(tx, {
        operatorId: operator.id,
        email,
        role: input.role,
        tokenHash: hash,
        invitedBy: user.id,
        expiresAt: new Date(Date.now() + seconds * 1000),
      });
      await sendLater(tx, email, accountMail.invitation(token, operator.name, input.role, Math.round(seconds / 86_400)));
      return invitation;
    }),
  );
}

/**
 * Joins the operator with the invitation's role. The signed-in user's address must be the one
 * invited (FORBIDDEN otherwise, and the code stays usable by its addressee); the code works once,
 * until it expires (INVALID_TOKEN).
 */
export async function acceptInvitation(db: Database, viewer: Viewer, token: string): Promise<Outcome<OperatorMemberRow>> {
  const { user } = requireUser(viewer);
  const invitation = await findLiveInvitation(db, hashOpaqueToken(token));
  if (!invitation) return fail('INVALID_TOKEN', 'The invitation is invalid, expired or already used', ['input', 'token']);
  if (invitation.email !== user.email) {
    return fail('FORBIDDEN', 'This invitation is for another email address: sign in with that address to accept it', ['input', 'token']);
  }
  if (await findMember(db, invitation.operatorId, user.id)) return fail('ALREADY_MEMBER', 'You are a member of this operator already', ['input', 'token']);
  const member = await db.transaction(async (tx) => {
    const accepted = await acceptLiveInvitation(tx, invitation.id, user.id);
    return accepted && insertMember(tx, { operatorId: accepted.operatorId, userId: user.id, role: accepted.role });
  });
  return member ? succeed(member) : fail('INVALID_TOKEN', 'The invitation is invalid, expired or already used', ['input', 'token']);
}

/** Gives a member another role (OWNERs and admins). The last OWNER cannot be demoted (LAST_OWNER). */
export function changeMemberRole(
  db: Database,
  viewer: Viewer,
  input: { operatorId: string; userId: string; role: MemberRole },
): Promise<Outcome<OperatorMemberRow>> {
  return changeMember(db, viewer, input, async (tx, member) => {
    if (member.role === 'OWNER' && input.role !== 'OWNER' && (await countOwners(tx, input.operatorId)) <= 1) {
      return fail('LAST_OWNER', 'The operator needs an owner: make someone else an owner first', ['input', 'role']);
    }
    return succeed(await setMemberRole(tx, input.operatorId, input.userId, input.role));
  });
}

/** Removes a member (OWNERs and admins; an owner may remove themselves). The last OWNER stays (LAST_OWNER). */
export function removeMember(db: Database, viewer: Viewer, input: { operatorId: string; userId: string }): Promise<Outcome<OperatorMemberRow>> {
  return changeMember(db, viewer, input, async (tx, member) => {
    if (member.role === 'OWNER' && (await countOwners(tx, input.operatorId)) <= 1) {
      return fail('LAST_OWNER', 'The operator needs an owner: make someone else an owner first', USER_FIELD);
    }
    await deleteMember(tx, input.operatorId, input.userId);
    return succeed(member);
  });
}

/**
 * The common part of role changes and removals: the viewer must be an OWNER of the operator (or
 * an admin), the user a member; then `change` runs with the operator locked, so neither the
 * viewer's own role nor the owner count it checks can change under it.
 */
async function changeMember(
  db: Database,
  viewer: Viewer,
  input: { operatorId: string; userId: string },
  change: (tx: Database, member: OperatorMemberRow) => Promise<Outcome<OperatorMemberRow>>,
): Promise<Outcome<OperatorMemberRow>> {
  const { user } = requireUser(viewer);
  const [operator] = await findOperatorsByIds(db, [input.operatorId]);
  if (!operator) return fail('NOT_FOUND', 'No such operator', OPERATOR_FIELD);
  if (!canManageMembers(viewer, operator.id)) return fail('FORBIDDEN', "Only the operator's owners manage members", OPERATOR_FIELD);
  return db.transaction(async (tx) => {
    await lockOperator(tx, operator.id);
    // the viewer's role was read when the request began; another owner may have demoted them since
    if (!isAdmin(viewer) && (await findMember(tx, operator.id, user.id))?.role !== 'OWNER') {
      return fail('FORBIDDEN', "Only the operator's owners manage members", OPERATOR_FIELD);
    }
    const member = await findMember(tx, operator.id, input.userId);
    if (!member) return fail('NOT_FOUND', 'This user is not a member of the operator', USER_FIELD);
    return change(tx, member);
  });
}
