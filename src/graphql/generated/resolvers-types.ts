import type { GraphQLResolveInfo } from 'graphql';
import type { LotRow, SpaceRow, OperatorRow } from '../../db/schema/index.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A WGS84 position in decimal degrees. */
export type LatLng = {
  __typename?: 'LatLng';
  /** Latitude, -90 to 90. */
  lat: Scalars['Float']['output'];
  /** Longitude, -180 to 180. */
  lng: Scalars['Float']['output'];
};

/** A car park, yard or street section drivers can park in. */
export type Lot = Node & {
  __typename?: 'Lot';
  /** Who may park here. */
  access: LotAccess;
  /** Postal address for navigation and receipts. */
  address: Scalars['String']['output'];
  /** Facilities such as "CCTV", "LIGHTING", "TOILETS", "CAR_WASH". */
  amenities: Array<Scalars['String']['output']>;
  /** True when spaces are under a roof. */
  covered: Scalars['Boolean']['output'];
  /** ISO 4217 currency of every price at this lot, e.g. "GBP". */
  currency: Scalars['String']['output'];
  /**
   * Outline of the lot as polygon rings (the first ring is the boundary, the rest are holes),
   * or null when the operator gave none.
   */
  footprint?: Maybe<Array<Array<LatLng>>>;
  /** Global id of the lot. */
  id: Scalars['ID']['output'];
  /** The entrance (or the centre when there is no single entrance). */
  location: LatLng;
  /** What kind of place this is. */
  lotType: LotType;
  /** Maximum vehicle height in centimetres, or null when there is no limit. */
  maxVehicleHeightCm?: Maybe<Scalars['Int']['output']>;
  /** Display name, e.g. "Piccadilly Multi-Storey". */
  name: Scalars['String']['output'];
  /** Who runs this lot. */
  operator: Operator;
  /** The lot's spaces, ordered by label, a page at a time. */
  spaces: SpaceConnection;
  /**
   * IANA time zone of the lot, e.g. "Europe/London". Opening hours and tariff bands are
   * wall-clock times in this zone.
   */
  timeZone: Scalars['String']['output'];
};


/** A car park, yard or street section drivers can park in. */
export type LotSpacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who may park in a lot. */
export type LotAccess =
  /** Customers of the venue the lot serves (a shop, a hotel). */
  | 'CUSTOMERS'
  /** Holders of a permit only. */
  | 'PERMIT_HOLDERS'
  /** By arrangement with a private owner. */
  | 'PRIVATE'
  /** Anyone. */
  | 'PUBLIC';

/** A page of lots. */
export type LotConnection = {
  __typename?: 'LotConnection';
  /** The lots of this page with their cursors. */
  edges: Array<LotEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** A lot in a page, with its cursor. */
export type LotEdge = {
  __typename?: 'LotEdge';
  /** Opaque cursor of this lot; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The lot. */
  node: Lot;
};

/** The kinds of place a lot can be. */
export type LotType =
  /** A car park on several floors above ground. */
  | 'MULTI_STOREY'
  /** A private owner's yard or driveway. */
  | 'PRIVATE_YARD'
  /** Bays along a street. */
  | 'STREET'
  /** An open-air car park. */
  | 'SURFACE'
  /** A car park below ground. */
  | 'UNDERGROUND';

/** An object with a global id that `Query.node` can fetch again. */
export type Node = {
  /** Opaque global id; stable for the life of the object. Do not parse it. */
  id: Scalars['ID']['output'];
};

/** Whoever lists lots: a parking network integrating as a partner, or a private land owner. */
export type Operator = Node & {
  __typename?: 'Operator';
  /** Global id of the operator. */
  id: Scalars['ID']['output'];
  /** Whether this is a parking network or a private owner. */
  kind: OperatorKind;
  /** Display name, e.g. "CityPark". */
  name: Scalars['String']['output'];
};

/** The two kinds of operator. */
export type OperatorKind =
  /** A parking network (a company running many car parks), usually integrating as a partner. */
  | 'NETWORK'
  /** A private land owner renting out a yard, driveway or a few bays. */
  | 'PRIVATE';

/** Where a page of a Relay connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: connections page forwards only (`first`/`after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page, null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The entry points for reading data. */
export type Query = {
  __typename?: 'Query';
  /**
   * One lot by its global id, or null when it does not exist. An id of another type is an error
   * with code `BAD_USER_INPUT`.
   */
  lot?: Maybe<Lot>;
  /** Every lot, ordered by name, a page at a time. */
  lots: LotConnection;
  /**
   * Any object by its global id, or null when nothing has that id. A malformed id is an error
   * with code `BAD_USER_INPUT`.
   */
  node?: Maybe<Node>;
};


/** The entry points for reading data. */
export type QueryLotArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading data. */
export type QueryLotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading data. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

/** One marked bay in a lot. */
export type Space = Node & {
  __typename?: 'Space';
  /** Global id of the space. */
  id: Scalars['ID']['output'];
  /** What the space is for. */
  kind: SpaceKind;
  /** What is painted on the ground, e.g. "B2-017". */
  label: Scalars['String']['output'];
  /** Floor or zone, e.g. "-1" or "L3"; null in single-level lots. */
  level?: Maybe<Scalars['String']['output']>;
  /** The lot the space belongs to. */
  lot: Lot;
  /** Whether the operator has the space in service. */
  operatorStatus: SpaceOperatorStatus;
};

/** A page of spaces. */
export type SpaceConnection = {
  __typename?: 'SpaceConnection';
  /** The spaces of this page with their cursors. */
  edges: Array<SpaceEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** A space in a page, with its cursor. */
export type SpaceEdge = {
  __typename?: 'SpaceEdge';
  /** Opaque cursor of this space; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The space. */
  node: Space;
};

/** What a space is for. */
export type SpaceKind =
  /** A wider space reserved for disabled badge holders. */
  | 'ACCESSIBLE'
  /** A space with an electric-vehicle charger. */
  | 'EV_CHARGING'
  /** A wider space for parents with small children. */
  | 'FAMILY'
  /** A motorcycle bay. */
  | 'MOTORCYCLE'
  /** An ordinary car space. */
  | 'STANDARD'
  /** A longer, wider space for vans. */
  | 'VAN';

/** The operator's say over a space. */
export type SpaceOperatorStatus =
  /** Bookable and usable. */
  | 'IN_SERVICE'
  /** Closed by the operator (repairs, reserved for an event); never offered to drivers. */
  | 'OUT_OF_SERVICE';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( LotRow )
    | ( OperatorRow )
    | ( SpaceRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LatLng: ResolverTypeWrapper<LatLng>;
  Lot: ResolverTypeWrapper<LotRow>;
  LotAccess: LotAccess;
  LotConnection: ResolverTypeWrapper<Omit<LotConnection, 'edges'> & { edges: Array<ResolversTypes['LotEdge']> }>;
  LotEdge: ResolverTypeWrapper<Omit<LotEdge, 'node'> & { node: ResolversTypes['Lot'] }>;
  LotType: LotType;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Operator: ResolverTypeWrapper<OperatorRow>;
  OperatorKind: OperatorKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Space: ResolverTypeWrapper<SpaceRow>;
  SpaceConnection: ResolverTypeWrapper<Omit<SpaceConnection, 'edges'> & { edges: Array<ResolversTypes['SpaceEdge']> }>;
  SpaceEdge: ResolverTypeWrapper<Omit<SpaceEdge, 'node'> & { node: ResolversTypes['Space'] }>;
  SpaceKind: SpaceKind;
  SpaceOperatorStatus: SpaceOperatorStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LatLng: LatLng;
  Lot: LotRow;
  LotConnection: Omit<LotConnection, 'edges'> & { edges: Array<ResolversParentTypes['LotEdge']> };
  LotEdge: Omit<LotEdge, 'node'> & { node: ResolversParentTypes['Lot'] };
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Operator: OperatorRow;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Space: SpaceRow;
  SpaceConnection: Omit<SpaceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SpaceEdge']> };
  SpaceEdge: Omit<SpaceEdge, 'node'> & { node: ResolversParentTypes['Space'] };
  String: Scalars['String']['output'];
};

export type LatLngResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LatLng'] = ResolversParentTypes['LatLng']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type LotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Lot'] = ResolversParentTypes['Lot']> = {
  access?: Resolver<ResolversTypes['LotAccess'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amenities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  footprint?: Resolver<Maybe<Array<Array<ResolversTypes['LatLng']>>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['LatLng'], ParentType, ContextType>;
  lotType?: Resolver<ResolversTypes['LotType'], ParentType, ContextType>;
  maxVehicleHeightCm?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  spaces?: Resolver<ResolversTypes['SpaceConnection'], ParentType, ContextType, RequireFields<LotSpacesArgs, 'first'>>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LotConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LotConnection'] = ResolversParentTypes['LotConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LotEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LotEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LotEdge'] = ResolversParentTypes['LotEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Lot' | 'Operator' | 'Space', ParentType, ContextType>;
};

export type OperatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Operator'] = ResolversParentTypes['Operator']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OperatorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  lot?: Resolver<Maybe<ResolversTypes['Lot']>, ParentType, ContextType, RequireFields<QueryLotArgs, 'id'>>;
  lots?: Resolver<ResolversTypes['LotConnection'], ParentType, ContextType, RequireFields<QueryLotsArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
};

export type SpaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Space'] = ResolversParentTypes['Space']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SpaceKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  operatorStatus?: Resolver<ResolversTypes['SpaceOperatorStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpaceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpaceConnection'] = ResolversParentTypes['SpaceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SpaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SpaceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpaceEdge'] = ResolversParentTypes['SpaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Space'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  LatLng?: LatLngResolvers<ContextType>;
  Lot?: LotResolvers<ContextType>;
  LotConnection?: LotConnectionResolvers<ContextType>;
  LotEdge?: LotEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Operator?: OperatorResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Space?: SpaceResolvers<ContextType>;
  SpaceConnection?: SpaceConnectionResolvers<ContextType>;
  SpaceEdge?: SpaceEdgeResolvers<ContextType>;
};

