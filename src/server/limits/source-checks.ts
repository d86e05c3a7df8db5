import { Lexer, Source, TokenKind } from 'graphql';
import type { DocumentLimits } from './options.js';
import { LimitCode, overLimit, violation, type LimitViolation } from './violations.js';

/**
 * Checks a document's text before it is parsed: its size in bytes, then its token count. The
 * lexer stops one token past the limit, so a huge document costs no more than a legal one.
 * A document that does not even lex is left for the parser to report (GRAPHQL_PARSE_FAILED).
 */
export function checkSource(query: string, limits: DocumentLimits): LimitViolation | undefined {
  const bytes = Buffer.byteLength(query, 'utf8');
  if (bytes > limits.maxBytes) return overLimit(LimitCode.DOCUMENT_TOO_LARGE, 'The document size in bytes', bytes, limits.maxBytes);
  const tokens = countTokens(query, limits.maxTokens + 1);
  if (tokens > limits.maxTokens) {
    return violation(LimitCode.TOO_MANY_TOKENS, `The document has more than ${limits.maxTokens} tokens`, {
      limit: limits.maxTokens,
    });
  }
  return undefined;
}

/** Tokens in `query`, counting no further than `stopAt` (comments are not tokens). */
function countTokens(query: string, stopAt: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (count < stopAt && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // a syntax error: the parser reports it with its position
  }
  return count;
}
