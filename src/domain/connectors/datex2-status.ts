/**
 * Reads a DATEX II v3 ParkingStatusPublication (XML): each `parkingRecordStatus` names its site
 * by `parkingRecordReference/@id` and carries `parkingOccupancy` with the vacant (and occupied)
 * spaces, observed at `parkingStatusOriginTime` (else the publication time). The payload may be
 * the document's root (`d2:payload`, `xsi:type="prk:ParkingStatusPublication"`) or sit in a
 * `messageContainer`. Namespace prefixes are ignored: publishers choose their own.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FeedError, type RawFeedItem } from './feed-items.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'parkingRecordStatus',
});

type XmlNode = Record<string, unknown>;

/**
 * The items of a status publication.
 * @throws FeedError MALFORMED for text that is not well-formed XML, carries a DTD, or is not a
 *   ParkingStatusPublication
 */
export function readDatex2Status(xml: string): { items: RawFeedItem[]; publishedAt: Date | null } {
  // a DTD can define entities that expand without bound; no DATEX II document needs one
  if (/<!DOCTYPE/i.test(xml)) throw new FeedError('MALFORMED', 'XML with a DOCTYPE is refused');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new FeedError('MALFORMED', `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  }
  const document = parser.parse(xml) as XmlNode;
  const publication = statusPublication(document);
  if (!publication) throw new FeedError('MALFORMED', 'not a DATEX II v3 ParkingStatusPublication');
  const statuses = (publication.parkingRecordStatus as XmlNode[] | undefined) ?? [];
  const publishedAt = textOf(publication.publicationTime);
  return {
    items: statuses.map((status) => {
      const occupancy = (asNode(status.parkingOccupancy) ?? {}) as XmlNode;
      const vacant = textOf(occupancy.parkingNumberOfVacantSpaces);
      const occupied = textOf(occupancy.parkingNumberOfOccupiedSpaces);
      const override = textOf(occupancy.parkingNumberOfSpacesOverride);
      return {
        ref: String(asNode(status.parkingRecordReference)?.['@id'] ?? '').trim(),
        free: vacant,
        total: override ?? (vacant !== undefined && occupied !== undefined && isDigits(vacant) && isDigits(occupied) ? String(Number(vacant) + Number(occupied)) : undefined),
        observedAt: textOf(status.parkingStatusOriginTime),
      };
    }),
    publishedAt: publishedAt ? new Date(publishedAt) : null,
  };
}

function statusPublication(document: XmlNode): XmlNode | undefined {
  const root = asNode(document.payload) ?? asNode(asNode(document.messageContainer)?.payload) ?? asNode(document.parkingStatusPublication);
  if (!root) return undefined;
  if (document.parkingStatusPublication) return root;
  const type = String(root['@type'] ?? '');
  return type === 'ParkingStatusPublication' || type.endsWith(':ParkingStatusPublication') ? root : undefined;
}

function asNode(value: unknown): XmlNode | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : undefined;
}

/** An element's text, whether or not it carries attributes. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const node = asNode(value);
  return typeof node?.['#text'] === 'string' ? node['#text'] : undefined;
}

function isDigits(text: string): boolean {
  return /^\d+$/.test(text.trim());
}
