/**
 * What Parkway asks of a payment provider. Every call carries an idempotency key: calling again
 * with the same key (a retry after a time-out, the reconciliation job) never charges twice.
 */
export interface PaymentProvider {
  readonly name: 'invoice' | 'stripe';
  /**
   * The provider answers a hold in-process and never declines it (invoice): a booking is
   * CONFIRMED from the start. Otherwise it is PENDING_PAYMENT until the hold is answered.
   */
  readonly answersAtOnce: boolean;
  /**
   * Holds `amount` on the driver's payment method without taking it.
   * @throws ProviderUnavailableError when the provider does not answer in time (the outcome is unknown)
   */
  authorize(request: AuthorizeRequest): Promise<AuthorizeResult>;
  /**
   * Takes `amount` (at most the authorisation) of an authorised charge; the rest is released.
   * Answers with the provider's fee on it when the provider charges one.
   */
  capture(request: { ref: string; amount: number; applicationFee: number; idempotencyKey: string }): Promise<{ fee?: ProviderFee }>;
  /** Lets the whole authorisation go. */
  release(request: { ref: string; idempotencyKey: string }): Promise<void>;
  /** Gives `amount` of a captured charge back. */
  refund(request: { ref: string; amount: number; idempotencyKey: string }): Promise<void>;
  /** Charges a stored payment method at once, the driver absent (a stay's cost beyond its authorisation). */
  charge(request: AuthorizeRequest): Promise<AuthorizeResult>;
}

export interface AuthorizeRequest {
  amount: number;
  currency: string;
  /** The driver's payment method at the provider; the invoice provider needs none. */
  paymentMethod: string | null;
  /** The operator's connected account: a destination charge pays the operator through the provider. */
  destinationAccount: string | null;
  /** The platform's commission, kept by the platform out of the charge. */
  applicationFee: number;
  idempotencyKey: string;
  /** Shown at the provider beside the charge (e.g. `payment_id`, `booking_id`). */
  metadata: Record<string, string>;
}

/** A hold or charge answered: held (with the provider's fee when money was taken at once), or declined. */
export type AuthorizeResult = { status: 'AUTHORIZED'; ref: string; fee?: ProviderFee } | { status: 'DECLINED'; reason: string };

/** What the provider kept of money it collected, in minor units of the currency it settled in (ISO 4217, upper case). */
export interface ProviderFee {
  amount: number;
  currency: string;
}

/** The provider did not answer (time-out, connection refused, its own 5xx): the outcome is not known. */
export class ProviderUnavailableError extends Error {
  override readonly name = 'ProviderUnavailableError';
}

/** The providers a server can use, by name; an operator's row chooses one. */
export interface PaymentProviders {
  invoice: PaymentProvider;
  stripe?: PaymentProvider;
}
