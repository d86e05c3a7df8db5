/**
 * Where a V8 CPU profile (`node --cpu-prof`) spent its samples: self time by area (our `src/`,
 * each npm package, Node internals, GC, idle) and the top functions by self time.
 *
 *   npx tsx bench/lib/cpu-profile-summary.ts <file.cpuprofile> [--top 25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}

const [file, topOption, topArgument] = process.argv.slice(2);
if (!file) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile> [--top N]');
const top = topOption === '--top' ? Number(topArgument) : 25;
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; startTime: number; endTime: number };

function areaOf({ functionName, url }: ProfileNode['callFrame']): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const ours = /\/(src|bench)\/(.*)$/.exec(url);
  return ours ? `${ours[1]}/${ours[2]!.split('/').slice(0, -1).join('/') || '.'}` : url;
}

const total = profile.nodes.reduce((sum, node) => sum + node.hitCount, 0);
const byArea = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const node of profile.nodes) {
  const area = areaOf(node.callFrame);
  byArea.set(area, (byArea.get(area) ?? 0) + node.hitCount);
  const name = `${node.callFrame.functionName || '(anonymous)'} ${area}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + node.hitCount);
}
const percent = (hits: number) => ((hits / total) * 100).toFixed(1).padStart(5) + '%';
const busy = total - (byArea.get('(idle)') ?? 0);
console.log(`${total} samples over ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s; not idle: ${percent(busy)}`);
console.log('\nself time by area');
for (const [area, hits] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${percent(hits)}  ${area}`);
console.log('\nself time by function');
for (const [name, hits] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${percent(hits)}  ${name}`);
