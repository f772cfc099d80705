import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import { type MessageKey, tKey } from '@/lib/i18n';

/**
 * A message of the interface whose substitutions are elements: a page's title or an occupation in
 * the vacancy's language, a rule id as code. The sentence stays in the interface language and the
 * inserted content says its own (#17).
 */
export function Message({ id, parts }: { id: MessageKey; parts: ComponentChildren[] }) {
  const marks = parts.map((_, index) => String.fromCharCode(0xe000 + index));
  return (
    <>
      {tKey(id, marks)
        .split(/([\ue000-\ue0ff])/)
        .map((piece, index) => {
          const at = marks.indexOf(piece);
          return <Fragment key={index}>{at >= 0 ? parts[at] : piece}</Fragment>;
        })}
    </>
  );
}
