import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One value at one instant; null where there is nothing to draw (a gap in the line). */
export interface ChartPoint {
  /** Epoch milliseconds. */
  at: number;
  value: number | null;
}

/** A line on a chart. Lines share the time axis; each has its own points (they need not line up). */
export interface ChartSeries {
  label: string;
  /** CSS colour of the line. */
  color: string;
  points: ChartPoint[];
  /** Dashes for a line that is a bound or an estimate (capacity, a forecast), e.g. [6, 4]. */
  dash?: number[];
  /** Fills the area under the line with this colour. */
  fill?: string;
}

export interface TimeSeriesChartOptions {
  /** Says what the numbers are, beside the value axis. */
  valueLabel: string;
  /** Writes a value for the axis and the legend. @default String(Math.round) */
  formatValue?: (value: number) => string;
  /** @default 200 */
  height?: number;
}

/**
 * A time-series chart drawn by uPlot on a canvas, for the lot panel's history and the operator
 * report. `draw` takes every series at once and redraws: a caller adds a line (a forecast after
 * the history) by drawing with one more series. The container carries what was drawn for
 * tests and assistive tech: `data-series` (labels, `|`-separated), `data-points` (instants on
 * the time axis), `data-sums` (each series' values added up, `|`-separated, 3 decimals) and
 * `data-max` (the largest value drawn); an `aria-label` sums it up.
 */
export class TimeSeriesChart {
  private plot: uPlot | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: TimeSeriesChartOptions,
  ) {}

  draw(series: ChartSeries[]): void {
    this.plot?.destroy();
    const instants = [...new Set(series.flatMap((line) => line.points.map((point) => point.at)))].sort((a, b) => a - b);
    const columns = series.map((line) => {
      const byInstant = new Map(line.points.map((point) => [point.at, point.value]));
      return instants.map((at) => byInstant.get(at) ?? null);
    });
    const format = this.options.formatValue ?? ((value: number) => String(Math.round(value)));
    const values = columns.flat().filter((value): value is number => value !== null);
    const max = values.length > 0 ? Math.max(...values) : 0;
    this.container.dataset.series = series.map((line) => line.label).join('|');
    this.container.dataset.points = String(instants.length);
    this.container.dataset.max = String(max);
    this.container.dataset.sums = columns.map((column) => column.reduce<number>((total, value) => total + (value ?? 0), 0).toFixed(3)).join('|');
    this.container.setAttribute('role', 'img');
    this.container.setAttribute(
      'aria-label',
      `${this.options.valueLabel}: ${series.map((line) => line.label).join(', ')}, ${instants.length} points, at most ${format(max)}`,
    );
    this.plot = new uPlot(
      {
        width: Math.max(240, this.container.clientWidth),
        height: this.options.height ?? 200,
        // local time on the axis: what the person looking at it lives by
        tzDate: (seconds) => new Date(seconds * 1000),
        scales: { y: { range: (_plot, _min, dataMax) => [0, Math.max(1, dataMax * 1.1)] } },
        axes: [{}, { label: this.options.valueLabel, values: (_plot, ticks) => ticks.map(format), size: 50 }],
        series: [
          {},
          ...series.map((line) => ({
            label: line.label,
            stroke: line.color,
            width: 2,
            dash: line.dash,
            fill: line.fill,
            value: (_plot: uPlot, value: number | null) => (value === null ? '–' : format(value)),
          })),
        ],
        legend: { live: false },
      },
      [instants.map((at) => at / 1000), ...columns],
      this.container,
    );
  }

  destroy(): void {
    this.plot?.destroy();
    this.plot = undefined;
  }
}
