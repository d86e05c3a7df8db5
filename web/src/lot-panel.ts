import { ApiError, request } from './api';
import type { LotHistoryQuery } from './gql/graphql';
import { TimeSeriesChart, type ChartSeries } from './history-chart';
import { LotHistoryQuery as LotHistoryDocument } from './operations';

type LotNode = Extract<NonNullable<LotHistoryQuery['node']>, { occupancyHistory: unknown }>;
type HistoryPoint = LotNode['occupancyHistory'][number];

/** How far back the lot panel's chart looks, and how far ahead its forecast. */
export const HISTORY_HOURS = 24;
export const FORECAST_HOURS = 12;

export interface LotPanelElements {
  section: HTMLElement;
  name: HTMLElement;
  chart: HTMLElement;
  message: HTMLElement;
}

/**
 * The lot panel: a lot chosen on the map (its marker) or in the search results, with how full it
 * was over the last 24 hours (`Lot.occupancyHistory`) and how full it is expected to be over the
 * next 12 (`Lot.forecast`) as a chart.
 */
export class LotPanel {
  private readonly chart: TimeSeriesChart;
  private shownLotId: string | undefined;

  constructor(private readonly elements: LotPanelElements) {
    this.chart = new TimeSeriesChart(elements.chart, { valueLabel: 'Spaces taken' });
  }

  async show(lot: { id: string; name: string }): Promise<void> {
    const { section, name, chart } = this.elements;
    this.shownLotId = lot.id;
    section.hidden = false;
    name.textContent = lot.name;
    chart.dataset.lotId = lot.id;
    this.say('Loading the last 24 hours…');
    const to = new Date();
    const from = new Date(to.getTime() - HISTORY_HOURS * 60 * 60_000);
    const ahead = new Date(to.getTime() + FORECAST_HOURS * 60 * 60_000);
    // the range and window asked for, so a test can ask the API the same questions
    chart.dataset.from = from.toISOString();
    chart.dataset.to = to.toISOString();
    chart.dataset.forecastTo = ahead.toISOString();
    try {
      const { node } = await request(LotHistoryDocument, {
        id: lot.id,
        range: { from: from.toISOString(), to: to.toISOString() },
        forecast: { from: to.toISOString(), to: ahead.toISOString() },
      });
      if (this.shownLotId !== lot.id) return; // another lot was chosen meanwhile
      const points = node && 'occupancyHistory' in node ? node.occupancyHistory : [];
      // without any history the forecast is a guess (every space free): not drawn
      const forecast = node && 'forecast' in node && node.forecast.method !== 'NO_HISTORY' ? node.forecast : undefined;
      this.chart.draw([...historySeries(points), ...(forecast ? [forecastSeries(forecast)] : [])]);
      const history = points.length === 0 ? 'No history for the last 24 hours yet.' : `Spaces taken over the last ${HISTORY_HOURS} hours, every 15 minutes`;
      this.say(forecast ? `${history.replace(/\.$/, '')}; dashed: the next ${FORECAST_HOURS} hours forecast (${forecastMethods[forecast.method]}).` : history);
    } catch (error) {
      this.say(error instanceof ApiError ? `${error.message} (${error.code})` : 'The history could not be loaded.');
    }
  }

  private say(text: string): void {
    this.elements.message.textContent = text;
  }
}

const forecastMethods: Record<LotNode['forecast']['method'], string> = {
  LOT_HISTORY: 'from its own past weeks',
  NETWORK_BLEND: 'from its few weeks and its network',
  NETWORK_HISTORY: 'from its network, the lot is new',
  NO_HISTORY: 'none: no history yet',
};

/** The forecast as spaces expected to be taken (capacity less the expected free), dashed. */
export function forecastSeries(forecast: LotNode['forecast']): ChartSeries {
  return {
    label: 'Forecast taken',
    color: '#8250df',
    dash: [4, 3],
    points: forecast.points.map((point) => ({ at: Date.parse(point.bucketStart), value: forecast.capacity - point.expectedFree })),
  };
}

/** The history's lines: spaces taken (mean of each 15 minutes), the most taken, and the spaces there are. */
export function historySeries(points: HistoryPoint[]): ChartSeries[] {
  const at = (point: HistoryPoint) => Date.parse(point.bucketStart);
  return [
    { label: 'Taken (mean)', color: '#0b5cad', fill: 'rgba(11, 92, 173, 0.12)', points: points.map((point) => ({ at: at(point), value: point.occupiedMean })) },
    { label: 'Taken (most)', color: '#b35c00', points: points.map((point) => ({ at: at(point), value: point.occupiedMax })) },
    { label: 'Spaces', color: '#57606a', dash: [6, 4], points: points.map((point) => ({ at: at(point), value: point.capacity })) },
  ];
}
