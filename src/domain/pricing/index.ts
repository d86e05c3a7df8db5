/** Pricing: the one function quotes and bookings share, and the tariff it reads. */
export { priceStay, type Price, type PriceLine, type PriceLineKind } from './price-stay.js';
export { PricingError, type FlatRate, type PricingErrorCode, type Tariff } from './tariff.js';
export { quoteLot, tariffForKind, type LotQuote } from './lot-tariff.js';
