import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { webLink } from './links';

describe('webLink', () => {
  it.each([
    ['https://hz.nl/opleidingen/x', 'https://hz.nl/opleidingen/x'],
    ['  http://www.saxion.nl ', 'http://www.saxion.nl/'],
    ['www.codarts.nl', 'https://www.codarts.nl/'],
    ['opleiding.example.nl/bbl?x=1', 'https://opleiding.example.nl/bbl?x=1'],
    ['example.nl:8080/pad', 'https://example.nl:8080/pad'],
  ])('keeps or completes a web link: %s', (raw, expected) => {
    expect(webLink(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'htp://www.uva.nl/x',
    'vbscript:x',
    'file:///etc/passwd',
    '/relative/path',
    'geen website',
    '',
    'mailto:info@example.nl',
    'chrome-extension://abc/x.html',
    null,
    42,
  ])('refuses %s', (raw) => {
    expect(webLink(raw)).toBeNull();
  });

  it('returns only http(s) URLs, whatever the input (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `javascript:${s}`),
          fc.domain(),
        ),
        (raw) => {
          const link = webLink(raw);
          if (link !== null) expect(new URL(link).protocol).toMatch(/^https?:$/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
