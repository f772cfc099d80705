import { Fragment, type VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { ExternalLink } from '../external-link';

const link = (href: string | null, otherwise?: string) => ExternalLink({ href, children: 'Verpleegkunde (Ad)', otherwise }) as VNode<Record<string, unknown>>;

describe('ExternalLink', () => {
  it('makes an http(s) address a link in a new tab, without referrer', () => {
    const vnode = link('https://example.org/ad-verpleegkunde');
    expect(vnode.type).toBe('a');
    expect(vnode.props).toMatchObject({ href: 'https://example.org/ad-verpleegkunde', target: '_blank', rel: 'noreferrer' });
  });

  it('reads a bare www address as https', () => {
    expect(link('www.example.org').props.href).toBe('https://www.example.org/');
  });

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', '/sidepanel.html', null])(
    'shows %s as text, not a link',
    (href) => {
      const vnode = link(href);
      expect(vnode.type).toBe(Fragment);
      expect(vnode.props.children).toBe('Verpleegkunde (Ad)');
    },
  );

  it('shows what the caller gives instead of a link', () => {
    expect(link('javascript:void(0)', 'zonder link').props.children).toBe('zonder link');
  });
});
