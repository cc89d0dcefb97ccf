import { describe, expect, it } from 'vitest';
import { sanitiseLessonHtml } from '../../../../electron/core/services/lessons/sanitise-html';

describe('sanitiseLessonHtml', () => {
  it('keeps what the editor makes: headings, lists, tables, links, images, direction', () => {
    const html =
      '<h2 dir="ltr">Tema</h2><p dir="rtl" data-dir-manual="true">مرحبا <strong>بكم</strong></p>' +
      '<ul><li><p dir="auto">Ett</p></li></ul><ol start="3"><li><p>Tre</p></li></ol>' +
      '<table><tbody><tr><th colspan="1" rowspan="1"><p>Ord</p></th><td colspan="2" colwidth="120"><p>ሰላም</p></td></tr></tbody></table>' +
      '<p><a href="https://udir.no" target="_blank" rel="x">Udir</a> <em>og</em> <s>ikke</s> <u>dette</u><br><code>x</code></p>' +
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Bilde"><hr><blockquote><p>Sitat</p></blockquote>';
    expect(sanitiseLessonHtml(html)).toBe(
      '<h2 dir="ltr">Tema</h2><p dir="rtl" data-dir-manual="true">مرحبا <strong>بكم</strong></p>' +
      '<ul><li><p dir="auto">Ett</p></li></ul><ol start="3"><li><p>Tre</p></li></ol>' +
      '<table><tbody><tr><th colspan="1" rowspan="1"><p>Ord</p></th><td colspan="2" colwidth="120"><p>ሰላም</p></td></tr></tbody></table>' +
      '<p><a href="https://udir.no" target="_blank" rel="noopener noreferrer nofollow">Udir</a> <em>og</em> <s>ikke</s> <u>dette</u><br><code>x</code></p>' +
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Bilde"><hr><blockquote><p>Sitat</p></blockquote>',
    );
  });

  it.each([
    ['<script>alert(1)</script><p>a</p>', '<p>a</p>'],
    ['<p onclick="alert(1)" onmouseover="x()">a</p>', '<p>a</p>'],
    ['<img src=x onerror=alert(1)>', ''],
    ['<a href="javascript:alert(1)">a</a>', 'a'],
    ['<a href=" JaVaScRiPt:alert(1)">a</a>', 'a'],
    ['<a href="java&#x09;script:alert(1)">a</a>', 'a'],
    ['<a href="data:text/html,<script>alert(1)</script>">a</a>', 'a'],
    ['<iframe src="https://example.invalid"></iframe><p>b</p>', '<p>b</p>'],
    ['<svg><script>alert(1)</script></svg>', ''],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', ''],
    ['<img src="https://tracker.invalid/x.png">', ''],
    ['<p style="background:url(javascript:x)">a</p>', '<p>a</p>'],
    ['<object data="x"></object><embed src="x">', ''],
    ['<style>p{}</style><p>a</p>', '<p>a</p>'],
    ['<div><span class="x">tekst</span></div>', 'tekst'],
    ['<p>1 &lt; 2 &amp; "sitat"</p>', '<p>1 &lt; 2 &amp; "sitat"</p>'],
    ['<p dir="sideways">a</p>', '<p>a</p>'],
    ['<!-- <script>alert(1)</script> --><p>a</p>', '<p>a</p>'],
    // Parsed as a browser with scripting off would: the img is only text, so nothing runs.
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>', '"&gt;<p></p>'],
    ['<p title="a&quot; onmouseover=&quot;x">a</p>', '<p>a</p>'],
  ])('removes %s', (input, expected) => {
    expect(sanitiseLessonHtml(input)).toBe(expected);
  });

  it('never lets a script, an event handler, a javascript: link or a frame through', () => {
    const nasty = '<p><a href="javascript:x">x</a><iframe></iframe><script></script><b onload="x">b</b></p>';
    const clean = sanitiseLessonHtml(nasty);
    expect(clean).not.toMatch(/<script|<iframe|javascript:|\son\w+=/i);
  });
});
