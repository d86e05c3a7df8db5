import { ApiError, request } from './api';
import type { SearchLotsQuery, SpaceKind } from './gql/graphql';
import { formatMoney } from './money';
import { SearchLotsQuery as SearchLotsDocument } from './operations';
import { defaultWindow, windowFromInputs, type TimeWindow } from './time-window';
import type { Bounds } from './viewport';

/** The kinds a driver can search for, with the words the panel uses (checked against the schema). */
const SPACE_KINDS: Record<SpaceKind, string> = {
  STANDARD: 'Standard',
  EV_CHARGING: 'EV charging',
  ACCESSIBLE: 'Accessible',
  FAMILY: 'Parent and child',
  VAN: 'Van',
  MOTORCYCLE: 'Motorcycle',
};

type FoundLot = SearchLotsQuery['lotsInBounds']['edges'][number]['node'];

export interface SearchPanelElements {
  form: HTMLFormElement;
  start: HTMLInputElement;
  end: HTMLInputElement;
  spaceKind: HTMLSelectElement;
  results: HTMLOListElement;
  message: HTMLElement;
}

/**
 * "Find a space": the lots in the visible area that can take a booking of a kind for the whole
 * window, with the spaces free and the price (`lotsInBounds` with `availability` and `quote`),
 * each with a button to show it on the map and one to book it.
 */
export class SearchPanel {
  private last: { window: TimeWindow; spaceKind: SpaceKind } | undefined;
  private found = new Map<string, FoundLot>();

  constructor(
    private readonly elements: SearchPanelElements,
    private readonly options: {
      currentBounds: () => Bounds;
      showOnMap: (lot: FoundLot) => void;
      book: (lot: FoundLot, window: TimeWindow, spaceKind: SpaceKind) => Promise<void>;
    },
  ) {
    const { form, start, end, spaceKind, results } = elements;
    spaceKind.replaceChildren(...Object.entries(SPACE_KINDS).map(([kind, words]) => new Option(words, kind)));
    ({ start: start.value, end: end.value } = defaultWindow(new Date()));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    results.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
      const lot = button && this.found.get(button.dataset.lotId!);
      if (!button || !lot || !this.last) return;
      if (button.dataset.action === 'show') this.options.showOnMap(lot);
      else void this.options.book(lot, this.last.window, this.last.spaceKind);
    });
  }

  /** Runs the search for the form's window and kind in the visible area. */
  async search(): Promise<void> {
    const { start, end, spaceKind, results } = this.elements;
    const window = windowFromInputs(start.value, end.value);
    if ('problem' in window) {
      this.say(window.problem);
      return;
    }
    const kind = spaceKind.value as SpaceKind;
    this.say('Searching…');
    try {
      const { lotsInBounds } = await request(SearchLotsDocument, { bounds: this.options.currentBounds(), window, spaceKind: kind });
      this.last = { window, spaceKind: kind };
      this.found = new Map(lotsInBounds.edges.map(({ node }) => [node.id, node]));
      results.replaceChildren(...lotsInBounds.edges.map(({ node }) => resultItem(node, kind)));
      const count = lotsInBounds.edges.length;
      this.say(
        count === 0
          ? 'No lot in view can take that booking; try another time or move the map.'
          : `${count} ${count === 1 ? 'lot' : 'lots'} in view can take it, nearest the centre of the map first.`,
      );
    } catch (error) {
      results.replaceChildren();
      this.say(error instanceof ApiError ? `${error.message} (${error.code})` : 'The search failed.');
    }
  }

  /** Searches again with the last window and kind, e.g. after a booking changed what is free. */
  async refresh(): Promise<void> {
    if (this.last) await this.search();
  }

  private say(text: string): void {
    this.elements.message.textContent = text;
  }
}

function resultItem(lot: FoundLot, kind: SpaceKind): HTMLLIElement {
  const item = document.createElement('li');
  const free = lot.availability.byKind.find((entry) => entry.kind === kind)?.available ?? 0;
  const show = button(lot.name, 'show', lot.id, `Show ${lot.name} on the map`);
  show.classList.add('link');
  const details = document.createElement('span');
  details.className = 'details';
  details.textContent = `${free} ${SPACE_KINDS[kind].toLowerCase()} free · ${lot.quote ? formatMoney(lot.quote.total) : 'no price'}`;
  item.append(show, details, button('Book', 'book', lot.id, `Book a space at ${lot.name}`));
  return item;
}

function button(text: string, action: 'show' | 'book', lotId: string, label: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.dataset.action = action;
  element.dataset.lotId = lotId;
  element.setAttribute('aria-label', label);
  return element;
}
