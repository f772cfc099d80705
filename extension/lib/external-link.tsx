import type { ComponentChildren } from 'preact';
import { webLink } from '../../shared/links';

/**
 * A link out of the extension. Its address comes from data Vaardig does not control (a catalogue,
 * a model's answer), so only http(s) becomes a link, opened in a new tab without referrer or
 * opener; anything else (javascript:, data:, a relative path) shows `otherwise`, else the text.
 */
export function ExternalLink({ href, children, otherwise }: { href: string | null | undefined; children: ComponentChildren; otherwise?: ComponentChildren }) {
  const safe = webLink(href);
  return safe ? (
    <a href={safe} target="_blank" rel="noreferrer">
      {children}
    </a>
  ) : (
    <>{otherwise ?? children}</>
  );
}
