import { graphql } from './gql';
import type { OperatorReportQuery } from './gql/graphql';
import type { ChartSeries } from './history-chart';

/** The operators the signed-in user works for. */
export const OperatorMembershipsDocument = graphql(`
  query OperatorMemberships {
    viewer {
      user { displayName }
      memberships { role operator { id name } }
    }
  }
`);

/** An operator's report over days, with its CSV. */
export const OperatorReportDocument = graphql(`
  query OperatorReport($id: ID!, $range: ReportRangeInput!) {
    node(id: $id) {
      ... on Operator {
        report(range: $range) {
          csv
          rows {
            lot { id name }
            day
            capacity
            utilisation
            turnover
            bookingsStarted
            noShows
            sessionsStarted
            revenue { amount currency }
          }
        }
      }
    }
  }
`);

export type ReportRow = NonNullable<Extract<NonNullable<OperatorReportQuery['node']>, { report: unknown }>['report']>['rows'][number];

interface DayTotals {
  capacity: number;
  utilised: number;
  sampledCapacity: number;
  sessions: number;
  bookings: number;
  noShows: number;
  revenue: Map<string, number>;
}

/** Rows of many lots summed per day: utilisation weighted by capacity, rates over the sums. */
function totalsByDay(rows: ReportRow[]): Map<string, DayTotals> {
  const days = new Map<string, DayTotals>();
  for (const row of rows) {
    const day =
      days.get(row.day) ??
      days.set(row.day, { capacity: 0, utilised: 0, sampledCapacity: 0, sessions: 0, bookings: 0, noShows: 0, revenue: new Map() }).get(row.day)!;
    if (row.capacity !== null && row.capacity !== undefined) {
      day.capacity += row.capacity;
      if (row.utilisation !== null && row.utilisation !== undefined) {
        day.utilised += row.utilisation * row.capacity;
        day.sampledCapacity += row.capacity;
      }
    }
    day.sessions += row.sessionsStarted;
    day.bookings += row.bookingsStarted;
    day.noShows += row.noShows;
    for (const { currency, amount } of row.revenue) day.revenue.set(currency, (day.revenue.get(currency) ?? 0) + amount);
  }
  return days;
}

/** A report day (`YYYY-MM-DD`) as the chart's instant: that day's midnight here. */
const dayInstant = (day: string) => Date.parse(`${day}T00:00:00`);

const CURRENCY_COLOURS = ['#1a7f37', '#8250df', '#b42318'];

/** The three charts' lines from the report's rows (already narrowed to the lots to show). */
export function reportSeries(rows: ReportRow[]): { rates: ChartSeries[]; turnover: ChartSeries[]; revenue: ChartSeries[] } {
  const days = [...totalsByDay(rows)].sort(([a], [b]) => a.localeCompare(b));
  const line = (label: string, color: string, value: (totals: DayTotals) => number | null, dash?: number[]): ChartSeries => ({
    label,
    color,
    dash,
    points: days.map(([day, totals]) => ({ at: dayInstant(day), value: value(totals) })),
  });
  const currencies = [...new Set(days.flatMap(([, totals]) => [...totals.revenue.keys()]))].sort();
  return {
    rates: [
      line('Utilisation %', '#0b5cad', (t) => (t.sampledCapacity > 0 ? (100 * t.utilised) / t.sampledCapacity : null)),
      line('No-show rate %', '#b35c00', (t) => (t.bookings > 0 ? (100 * t.noShows) / t.bookings : null), [6, 4]),
    ],
    turnover: [line('Vehicles per space', '#1a7f37', (t) => (t.capacity > 0 ? t.sessions / t.capacity : null))],
    // minor units to major (all the demo's currencies have two decimals)
    revenue: currencies.map((currency, index) =>
      line(currency, CURRENCY_COLOURS[index % CURRENCY_COLOURS.length]!, (t) => (t.revenue.get(currency) ?? 0) / 100),
    ),
  };
}
