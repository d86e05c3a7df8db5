import { ApiError, request } from './api';
import type { DriverQuery, SpaceKind } from './gql/graphql';
import { formatMoney } from './money';
import { BookMutation, CancelMutation, DriverQuery as DriverDocument } from './operations';
import type { TimeWindow } from './time-window';

/** Where the pasted token is kept, so a reload stays signed in (until the tab closes). */
const TOKEN_KEY = 'parkway.token';

type Viewer = NonNullable<DriverQuery['viewer']>;

export interface DriverPanelElements {
  signInForm: HTMLFormElement;
  tokenInput: HTMLTextAreaElement;
  signedIn: HTMLElement;
  name: HTMLElement;
  signOut: HTMLButtonElement;
  vehicle: HTMLSelectElement;
  bookings: HTMLUListElement;
  message: HTMLElement;
}

/**
 * The demo driver: signs in with an access token pasted from `npm run token` (the API has no
 * password sign-in; tokens come from an identity provider or, in development, that command),
 * lists the driver's vehicles and confirmed bookings, books and cancels.
 */
export class DriverPanel {
  private token: string | undefined;
  private viewer: Viewer | undefined;

  constructor(
    private readonly elements: DriverPanelElements,
    /** Called after a booking or a cancellation, e.g. to search again. */
    private readonly onBookingsChanged: () => void,
  ) {
    elements.signInForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.signIn(elements.tokenInput.value.trim());
    });
    elements.signOut.addEventListener('click', () => this.signOut());
    elements.bookings.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-booking-id]');
      if (button) void this.cancel(button.dataset.bookingId!, button);
    });
    const saved = sessionStorage.getItem(TOKEN_KEY);
    if (saved) void this.signIn(saved);
  }

  get signedIn(): boolean {
    return this.viewer !== undefined;
  }

  /** Books a space of `spaceKind` at a lot for the window with the chosen vehicle; says how it went. */
  async book(lot: { id: string; name: string }, window: TimeWindow, spaceKind: SpaceKind): Promise<void> {
    const vehicleId = this.elements.vehicle.value;
    if (!this.token || !vehicleId) {
      this.say('Sign in as the demo driver (below) to book.');
      return;
    }
    this.say(`Booking at ${lot.name}…`);
    try {
      const { createBooking } = await request(
        BookMutation,
        { input: { lotId: lot.id, vehicleId, window, spaceKind, idempotencyKey: crypto.randomUUID() } },
        this.token,
      );
      const [problem] = createBooking.userErrors;
      if (problem || !createBooking.booking) {
        this.say(`Not booked: ${problem?.message ?? 'no booking came back'} (${problem?.code ?? 'UNKNOWN'})`);
        return;
      }
      const { space, price } = createBooking.booking;
      this.say(`Booked space ${space.label} at ${createBooking.booking.lot.name} for ${formatMoney(price)}.`);
      await this.refresh();
      this.onBookingsChanged();
    } catch (error) {
      this.fail(error);
    }
  }

  private async cancel(bookingId: string, button: HTMLButtonElement): Promise<void> {
    if (!this.token) return;
    button.disabled = true;
    try {
      const { cancelBooking } = await request(CancelMutation, { input: { bookingId } }, this.token);
      const [problem] = cancelBooking.userErrors;
      if (problem) {
        this.say(`Not cancelled: ${problem.message} (${problem.code})`);
        button.disabled = false;
        return;
      }
      const fee = cancelBooking.booking?.cancellationFee;
      this.say(fee && fee.amount > 0 ? `Cancelled, with a fee of ${formatMoney(fee)}.` : 'Cancelled, free of charge.');
      await this.refresh();
      this.onBookingsChanged();
    } catch (error) {
      button.disabled = false;
      this.fail(error);
    }
  }

  private async signIn(token: string): Promise<void> {
    if (!token) {
      this.say('Paste an access token first.');
      return;
    }
    this.token = token;
    try {
      await this.refresh();
      sessionStorage.setItem(TOKEN_KEY, token);
      this.say('');
    } catch (error) {
      this.signOut();
      this.fail(error);
    }
  }

  private signOut(): void {
    this.token = undefined;
    this.viewer = undefined;
    sessionStorage.removeItem(TOKEN_KEY);
    this.elements.signedIn.hidden = true;
    this.elements.signInForm.hidden = false;
    this.say('');
  }

  private async refresh(): Promise<void> {
    const { viewer } = await request(DriverDocument, {}, this.token);
    if (!viewer) throw new ApiError('That token does not sign anyone in', 'UNAUTHENTICATED');
    this.viewer = viewer;
    this.render(viewer);
  }

  private render(viewer: Viewer): void {
    const { name, vehicle, bookings, signedIn, signInForm } = this.elements;
    name.textContent = viewer.user.displayName;
    const chosen = vehicle.value;
    vehicle.replaceChildren(
      ...viewer.vehicles.map(({ id, plate, nickname }) => new Option(nickname ? `${plate} (${nickname})` : plate, id, false, id === chosen)),
    );
    bookings.replaceChildren(
      ...viewer.bookings.edges.map(({ node }) => {
        const item = document.createElement('li');
        const when = `${formatTime(node.window.start)} to ${formatTime(node.window.end)}`;
        item.append(`${node.lot.name}, space ${node.space.label}, ${when}, ${formatMoney(node.price)} `);
        const cancel = document.createElement('button');
        cancel.type = 'button';
        cancel.textContent = 'Cancel';
        cancel.dataset.bookingId = node.id;
        cancel.setAttribute('aria-label', `Cancel the booking at ${node.lot.name}, space ${node.space.label}`);
        item.append(cancel);
        return item;
      }),
    );
    if (viewer.bookings.edges.length === 0) bookings.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'No bookings yet.' }));
    signedIn.hidden = false;
    signInForm.hidden = true;
  }

  private fail(error: unknown): void {
    if (error instanceof ApiError) {
      this.say(error.code === 'UNAUTHENTICATED' ? `That token was not accepted: ${error.message}` : `${error.message} (${error.code})`);
    } else {
      this.say('Something went wrong; see the browser console.');
      console.error(error);
    }
  }

  private say(text: string): void {
    this.elements.message.textContent = text;
  }
}

function formatTime(instant: string): string {
  return new Date(instant).toLocaleString('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit' });
}
