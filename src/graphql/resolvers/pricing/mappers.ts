/** The parents Quote's and QuoteLine's resolvers receive (codegen.ts mappers). */
import type { PriceLine } from '../../../domain/pricing/index.js';

export type { LotQuote } from '../../../domain/pricing/index.js';

/** A price line with the currency of its quote, so its amounts can be resolved as Money. */
export type QuoteLineParent = PriceLine & { currency: string };
