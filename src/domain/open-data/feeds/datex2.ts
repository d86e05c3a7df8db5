/**
 * The lots as DATEX II v3 parking publications (namespace `http://datex2.eu/schema/3/parking`),
 * in the XML encoding and in DATEX II's JSON encoding (class names prefixed by namespace,
 * `idG`/`versionG` for identities, enumerations as `{ "value": ... }`):
 *
 * - ParkingTablePublication: the static part, one `UrbanParkingSite` per lot (name, capacity,
 *   location, layout, on- or off-street) in one parking table.
 * - ParkingStatusPublication: one `ParkingSiteStatus` per lot with a live count (vacant and
 *   occupied spaces, occupancy in percent, site status), referring to its table record.
 *
 * Record ids are the lots' global ids (as in the API); a record's version is its last change
 * (milliseconds since the epoch), so consumers can tell a changed record from an unchanged one.
 */
import type { LotRow } from '../../../db/schema/index.js';
import type { FeedLot } from './feed-lots.js';
import { el, xmlDocument, type XmlElement } from './xml.js';

/** Who publishes (DATEX II `publicationCreator`). */
export interface FeedPublisher {
  /** ISO 3166-1 alpha-2, lower case. */
  country: string;
  nationalIdentifier: string;
  /** Language of names. */
  lang: string;
}

export const PARKING_TABLE_ID = 'parkway-lots';

const NAMESPACES = {
  'xmlns:d2': 'http://datex2.eu/schema/3/d2Payload',
  'xmlns:com': 'http://datex2.eu/schema/3/common',
  'xmlns:loc': 'http://datex2.eu/schema/3/locationReferencing',
  'xmlns:prk': 'http://datex2.eu/schema/3/parking',
  'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
};

const LAYOUT: Record<LotRow['lotType'], string> = {
  SURFACE: 'openSpace',
  MULTI_STOREY: 'multiStorey',
  UNDERGROUND: 'underground',
  STREET: 'openSpace',
  PRIVATE_YARD: 'openSpace',
};

/** The table's contents in a neutral shape, written out as XML or JSON below. */
interface SiteRecord {
  id: string;
  version: string;
  name: string;
  versionTime: string;
  spaces: number | null;
  latitude: number;
  longitude: number;
  layout: string;
  siteType: 'onStreetParking' | 'offStreetParking';
}

interface SiteStatus {
  id: string;
  version: string;
  originTime: string;
  vacant: number;
  occupied: number;
  /** Percent of all spaces not vacant. */
  occupancy: number;
  status: 'spacesAvailable' | 'full';
}

export interface Datex2Publication {
  xml: string;
  json: unknown;
}

/** The ParkingTablePublication of the lots, `tableVersion` naming this state of the table. */
export function parkingTablePublication(lots: readonly FeedLot[], publisher: FeedPublisher, tableVersion: string, at: Date): Datex2Publication {
  const records = lots.map(siteRecord);
  const header = publicationHeader(publisher, at);
  const xml = xmlDocument(
    el(
      'd2:payload',
      { ...NAMESPACES, 'xsi:type': 'prk:ParkingTablePublication', lang: publisher.lang, modelBaseVersion: '3' },
      ...header.xml,
      el(
        'prk:parkingTable',
        { id: PARKING_TABLE_ID, version: tableVersion },
        el('prk:parkingTableVersionTime', {}, at.toISOString()),
        ...records.map((record) => siteRecordXml(record, publisher.lang)),
      ),
    ),
  );
  const json = {
    payload: {
      modelBaseVersionG: '3',
      prkParkingTablePublication: {
        lang: publisher.lang,
        ...header.json,
        parkingTable: [
          {
            idG: PARKING_TABLE_ID,
            versionG: tableVersion,
            parkingTableVersionTime: at.toISOString(),
            parkingRecord: records.map((record) => ({ prkUrbanParkingSite: siteRecordJson(record, publisher.lang) })),
          },
        ],
      },
    },
  };
  return { xml, json };
}

/** The ParkingStatusPublication: lots without a live count now (none reported, or expired) are left out. */
export function parkingStatusPublication(lots: readonly FeedLot[], publisher: FeedPublisher, at: Date): Datex2Publication {
  const statuses = lots.flatMap((lot) => {
    const status = siteStatus(lot);
    return status ? [status] : [];
  });
  const header = publicationHeader(publisher, at);
  const xml = xmlDocument(
    el(
      'd2:payload',
      { ...NAMESPACES, 'xsi:type': 'prk:ParkingStatusPublication', lang: publisher.lang, modelBaseVersion: '3' },
      ...header.xml,
      ...statuses.map((status) =>
        el(
          'prk:parkingRecordStatus',
          { 'xsi:type': 'prk:ParkingSiteStatus' },
          el('prk:parkingRecordReference', { targetClass: 'prk:ParkingRecord', id: status.id, version: status.version }),
          el('prk:parkingStatusOriginTime', {}, status.originTime),
          el(
            'prk:parkingOccupancy',
            {},
            el('prk:parkingNumberOfVacantSpaces', {}, status.vacant),
            el('prk:parkingNumberOfOccupiedSpaces', {}, status.occupied),
            el('prk:parkingOccupancy', {}, status.occupancy),
          ),
          el('prk:parkingSiteStatus', {}, status.status),
        ),
      ),
    ),
  );
  const json = {
    payload: {
      modelBaseVersionG: '3',
      prkParkingStatusPublication: {
        lang: publisher.lang,
        ...header.json,
        parkingRecordStatus: statuses.map((status) => ({
          prkParkingSiteStatus: {
            parkingRecordReference: { targetClassG: 'prk:ParkingRecord', idG: status.id, versionG: status.version },
            parkingStatusOriginTime: status.originTime,
            parkingOccupancy: {
              parkingNumberOfVacantSpaces: status.vacant,
              parkingNumberOfOccupiedSpaces: status.occupied,
              parkingOccupancy: status.occupancy,
            },
            parkingSiteStatus: { value: status.status },
          },
        })),
      },
    },
  };
  return { xml, json };
}

function publicationHeader(publisher: FeedPublisher, at: Date): { xml: XmlElement[]; json: Record<string, unknown> } {
  return {
    xml: [
      el('com:publicationTime', {}, at.toISOString()),
      el(
        'com:publicationCreator',
        {},
        el('com:country', {}, publisher.country),
        el('com:nationalIdentifier', {}, publisher.nationalIdentifier),
      ),
      el('prk:headerInformation', {}, el('com:confidentiality', {}, 'noRestriction'), el('com:informationStatus', {}, 'real')),
    ],
    json: {
      publicationTime: at.toISOString(),
      publicationCreator: { country: publisher.country, nationalIdentifier: publisher.nationalIdentifier },
      headerInformation: { confidentiality: { value: 'noRestriction' }, informationStatus: { value: 'real' } },
    },
  };
}

function siteRecord({ lot, id, capacity }: FeedLot): SiteRecord {
  return {
    id,
    version: recordVersion(lot),
    name: lot.name,
    versionTime: lot.updatedAt.toISOString(),
    spaces: capacity,
    latitude: lot.location.lat,
    longitude: lot.location.lng,
    layout: LAYOUT[lot.lotType],
    siteType: lot.lotType === 'STREET' ? 'onStreetParking' : 'offStreetParking',
  };
}

function siteRecordXml(record: SiteRecord, lang: string): XmlElement {
  return el(
    'prk:parkingRecord',
    { 'xsi:type': 'prk:UrbanParkingSite', id: record.id, version: record.version },
    el('prk:parkingName', {}, el('com:values', {}, el('com:value', { lang }, record.name))),
    el('prk:parkingRecordVersionTime', {}, record.versionTime),
    record.spaces !== null && el('prk:parkingNumberOfSpaces', {}, record.spaces),
    el(
      'prk:parkingLocation',
      { 'xsi:type': 'loc:PointLocation' },
      el(
        'loc:pointByCoordinates',
        {},
        el('loc:pointCoordinates', {}, el('loc:latitude', {}, record.latitude), el('loc:longitude', {}, record.longitude)),
      ),
    ),
    el('prk:parkingLayout', {}, record.layout),
    el('prk:urbanParkingSiteType', {}, record.siteType),
  );
}

function siteRecordJson(record: SiteRecord, lang: string): Record<string, unknown> {
  return {
    idG: record.id,
    versionG: record.version,
    parkingName: { values: [{ lang, value: record.name }] },
    parkingRecordVersionTime: record.versionTime,
    ...(record.spaces !== null && { parkingNumberOfSpaces: record.spaces }),
    parkingLocation: { locPointLocation: { pointByCoordinates: { pointCoordinates: { latitude: record.latitude, longitude: record.longitude } } } },
    parkingLayout: { value: record.layout },
    urbanParkingSiteType: { value: record.siteType },
  };
}

function siteStatus({ lot, id, occupancy }: FeedLot): SiteStatus | undefined {
  if (!occupancy || lot.availabilitySource === 'NONE') return undefined;
  // spaces held by a booking are not free to a driver arriving now
  const taken = occupancy.occupied + occupancy.reserved;
  const counted = occupancy.available + taken;
  // an expired partner count (or every sensor silent) says nothing about now
  if (counted === 0) return undefined;
  return {
    id,
    version: recordVersion(lot),
    originTime: occupancy.updatedAt.toISOString(),
    vacant: occupancy.available,
    occupied: taken,
    occupancy: Math.round((taken / counted) * 1000) / 10,
    status: occupancy.available > 0 ? 'spacesAvailable' : 'full',
  };
}

/** A record's version: its row's last change. */
function recordVersion(lot: LotRow): string {
  return String(lot.updatedAt.getTime());
}
