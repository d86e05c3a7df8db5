import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The README stays a front page (at most 200 lines), and no relative link in it or in docs/
// points at a file or heading that does not exist.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAX_README_LINES = 200;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** The text outside fenced code blocks, line by line (links and headings in code are examples). */
function proseLines(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return false;
    }
    return !fenced;
  });
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Relative link targets (`[text](target)`, images too) outside code blocks and inline code. */
function linksOf(markdown: string): string[] {
  return proseLines(markdown).flatMap((line) =>
    [...line.replace(/`[^`]*`/g, '').matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
      .map((match) => match[1]!)
      .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target)),
  );
}

/** Each link of `file` that does not resolve, as "file: target (why)". */
function brokenLinks(file: string, markdown: string, read = (path: string) => readFileSync(path, 'utf8')): string[] {
  return linksOf(markdown).flatMap((target) => {
    const [path, anchor] = target.split('#') as [string, string | undefined];
    const resolved = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
    const where = `${relative(ROOT, file)}: ${target}`;
    if (path && !existsSync(resolved)) return [`${where} (no such file)`];
    if (anchor === undefined || !resolved.endsWith('.md')) return [];
    return anchorsOf(resolved === file ? markdown : read(resolved)).has(anchor) ? [] : [`${where} (no such heading)`];
  });
}

describe('README and docs', () => {
  it(`keeps the README to at most ${MAX_README_LINES} lines`, () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').trimEnd().split('\n').length;
    expect(lines).toBeLessThanOrEqual(MAX_README_LINES);
  });

  it('has no relative link to a missing file or heading in README.md or docs/', () => {
    const files = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];
    const broken = files.flatMap((file) => brokenLinks(file, readFileSync(file, 'utf8')));
    expect(broken).toEqual([]);
    expect(files.reduce((count, file) => count + linksOf(readFileSync(file, 'utf8')).length, 0)).toBeGreaterThan(20);
  });

  it('reports a missing file, a missing heading and a missing anchor in the same file', () => {
    const file = join(ROOT, 'docs', 'example.md');
    const markdown = [
      '# Example: one `heading`',
      'See [ok](#example-one-heading), [gone](nowhere.md), [bad anchor](api-guide.md#no-such-heading),',
      '[self](#missing), [web](https://example.com/x.md) and `[code](skipped.md)`.',
      '```',
      '[in a block](also-skipped.md)',
      '```',
    ].join('\n');
    expect(brokenLinks(file, markdown)).toEqual([
      'docs/example.md: nowhere.md (no such file)',
      'docs/example.md: api-guide.md#no-such-heading (no such heading)',
      'docs/example.md: #missing (no such heading)',
    ]);
  });
});
