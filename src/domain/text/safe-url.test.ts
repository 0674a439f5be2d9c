import { describe, expect, it } from 'vitest';
import { httpHref } from './safe-url';

describe('httpHref', () => {
  it('keeps http(s) addresses as they are', () => {
    expect(httpHref('https://english.zhaoqing.gov.cn')).toBe('https://english.zhaoqing.gov.cn');
    expect(httpHref('http://example.org/a?b=1#c')).toBe('http://example.org/a?b=1#c');
    expect(httpHref('HTTPS://EXAMPLE.ORG/')).toBe('HTTPS://EXAMPLE.ORG/');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/x',
    'mailto:a@example.org',
    '//example.org/x',
    '/relative',
    'not a url',
    '',
    null,
    undefined,
  ])('refuses %j', (url) => {
    expect(httpHref(url)).toBeNull();
  });
});
