import type { Resolvers } from '../generated/resolvers-types.js';
import { DateTime } from '../scalars.js';
import { User, Vehicle, vehicleMutations, Viewer } from './accounts.js';
import { accountMutations, userAccountFields } from './accounts/index.js';
import { Invitation, OperatorMember, operatorTeamFields, teamMutations } from './teams/index.js';
import { arrivalMutations, gateArrivalFields, lotArrivalFields, operatorArrivalFields, spaceArrivalFields, StaffAction } from './arrivals.js';
import { Booking, bookingMutations } from './bookings.js';
import { Blackout, CancellationPolicy, FlatRate, inventoryMutations, lotInventoryFields, Membership, Tariff } from './inventory.js';
import { Lot } from './Lot.js';
import { lotLiveFields } from './lot-live.js';
import { Node } from './Node.js';
import { ApiKey, apiKeyMutations, Operator } from './Operator.js';
import { Quote, QuoteLine, WeeklyHours } from './pricing.js';
import { Query } from './Query.js';
import { searchQueries } from './search.js';
import { LotOccupancyUpdate, SpaceStatusUpdate, Subscription } from './subscriptions.js';
import { Space } from './Space.js';
import { bookingGateFields, Gate, gateMutations, lotGateFields, operatorGateFields, ParkingSession, PlateRead, PlateRule } from './gates.js';
import { lotPartnerFields, partnerMutations } from './partners.js';

/** Every resolver, by GraphQL type. Fields not listed use the default (same-named row property). */
export const resolvers: Resolvers = {
  DateTime,
  Query: { ...Query, ...searchQueries },
  Subscription,
  LotOccupancyUpdate,
  SpaceStatusUpdate,
  Mutation: { ...accountMutations, ...teamMutations, ...vehicleMutations, ...bookingMutations, ...inventoryMutations, ...apiKeyMutations, ...gateMutations, ...partnerMutations, ...arrivalMutations },
  Node,
  Lot: { ...Lot, ...lotLiveFields, ...lotInventoryFields, ...lotGateFields, ...lotPartnerFields, ...lotArrivalFields },
  Space: { ...Space, ...spaceArrivalFields },
  Operator: { ...Operator, ...operatorTeamFields, ...operatorGateFields, ...operatorArrivalFields },
  Quote,
  QuoteLine,
  WeeklyHours,
  Viewer,
  User: { ...User, ...userAccountFields },
  Vehicle,
  Booking: { ...Booking, ...bookingGateFields },
  Tariff,
  FlatRate,
  Blackout,
  CancellationPolicy,
  Membership,
  ApiKey,
  OperatorMember,
  Invitation,
  Gate: { ...Gate, ...gateArrivalFields },
  StaffAction,
  PlateRule,
  PlateRead,
  ParkingSession,
};
