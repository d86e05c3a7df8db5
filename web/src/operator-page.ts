import './style.css';
import { ApiError, request } from './api';
import { TimeSeriesChart } from './history-chart';
import { OperatorMembershipsDocument, OperatorReportDocument, reportSeries, type ReportRow } from './operator-report';

// The operator page (operator.html): sign in with a manager's or owner's token, choose an
// operator and days, and see Operator.report as charts, with its CSV to download.

const TOKEN_KEY = 'parkway.operator-token';
const DAY_MS = 24 * 60 * 60_000;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const signInForm = byId<HTMLFormElement>('operator-sign-in-form');
const tokenInput = byId<HTMLTextAreaElement>('operator-token');
const reportForm = byId<HTMLFormElement>('report-form');
const operatorSelect = byId<HTMLSelectElement>('report-operator');
const lotSelect = byId<HTMLSelectElement>('report-lot');
const fromInput = byId<HTMLInputElement>('report-from');
const toInput = byId<HTMLInputElement>('report-to');
const csvLink = byId<HTMLAnchorElement>('report-csv');
const charts = byId<HTMLElement>('report-charts');
const message = byId<HTMLElement>('report-message');

const rates = new TimeSeriesChart(byId('chart-rates'), { valueLabel: 'Percent' });
const turnover = new TimeSeriesChart(byId('chart-turnover'), { valueLabel: 'Per space', formatValue: (value) => value.toFixed(2) });
const revenue = new TimeSeriesChart(byId('chart-revenue'), { valueLabel: 'Revenue', formatValue: (value) => value.toFixed(2) });

let token: string | undefined;
let rows: ReportRow[] = [];

const say = (text: string) => (message.textContent = text);
const fail = (error: unknown) => say(error instanceof ApiError ? `${error.message} (${error.code})` : 'Something went wrong; see the browser console.');
const isoDay = (at: number) => new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

toInput.value = isoDay(Date.now());
fromInput.value = isoDay(Date.now() - 6 * DAY_MS);

async function signIn(candidate: string): Promise<void> {
  try {
    const { viewer } = await request(OperatorMembershipsDocument, {}, candidate);
    if (!viewer) throw new ApiError('That token does not sign anyone in', 'UNAUTHENTICATED');
    token = candidate;
    sessionStorage.setItem(TOKEN_KEY, candidate);
    byId('operator-user').textContent = viewer.user.displayName;
    operatorSelect.replaceChildren(...viewer.memberships.map(({ operator, role }) => new Option(`${operator.name} (${role.toLowerCase()})`, operator.id)));
    signInForm.hidden = true;
    reportForm.hidden = false;
    say(viewer.memberships.length === 0 ? 'This user works for no operator.' : '');
  } catch (error) {
    fail(error);
  }
}

async function showReport(): Promise<void> {
  if (!token || !operatorSelect.value) return;
  say('Loading the report…');
  try {
    const { node } = await request(OperatorReportDocument, { id: operatorSelect.value, range: { from: fromInput.value, to: toInput.value } }, token);
    const report = node && 'report' in node ? node.report : null;
    if (!report) {
      say('Only the operator\'s managers and owners see its reports.');
      charts.hidden = true;
      return;
    }
    rows = report.rows;
    const lots = new Map(rows.map((row) => [row.lot.id, row.lot.name]));
    const chosen = lotSelect.value;
    lotSelect.replaceChildren(new Option('All lots', ''), ...[...lots].map(([id, name]) => new Option(name, id, false, id === chosen)));
    csvLink.href = URL.createObjectURL(new Blob([report.csv], { type: 'text/csv' }));
    csvLink.download = `report-${fromInput.value}-${toInput.value}.csv`;
    csvLink.hidden = false;
    drawCharts();
  } catch (error) {
    fail(error);
  }
}

function drawCharts(): void {
  const shown = lotSelect.value ? rows.filter((row) => row.lot.id === lotSelect.value) : rows;
  const lots = new Set(shown.map((row) => row.lot.id)).size;
  charts.hidden = false;
  const series = reportSeries(shown);
  rates.draw(series.rates);
  turnover.draw(series.turnover);
  revenue.draw(series.revenue);
  say(shown.length === 0 ? 'Nothing to report for these days.' : `${lots} ${lots === 1 ? 'lot' : 'lots'}, ${fromInput.value} to ${toInput.value}.`);
}

signInForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void signIn(tokenInput.value.trim());
});
reportForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void showReport();
});
lotSelect.addEventListener('change', () => drawCharts());
byId('operator-sign-out').addEventListener('click', () => {
  token = undefined;
  sessionStorage.removeItem(TOKEN_KEY);
  reportForm.hidden = true;
  charts.hidden = true;
  signInForm.hidden = false;
  say('');
});
const saved = sessionStorage.getItem(TOKEN_KEY);
if (saved) void signIn(saved);
