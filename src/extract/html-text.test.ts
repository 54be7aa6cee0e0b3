import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.js';

describe('htmlToText', () => {
  it('keeps block structure, drops scripts and hidden XBRL headers, separates cells by tabs', () => {
    const html = `<html><head><title>x</title><script>alert(1)</script></head><body>
      <div style="display:none"><ix:header>hidden facts</ix:header></div>
      <p>Item&nbsp;5.02   Departure of Directors</p><p>On <b>March 3, 2027</b>, Jane Roe resigned.</p>
      <table><tr><td>Name</td><td>Title</td></tr><tr><td>Jane Roe</td><td>CFO</td></tr></table></body></html>`;
    const text = htmlToText(html);
    expect(text).toBe('Item 5.02 Departure of Directors\n\nOn March 3, 2027, Jane Roe resigned.\n\nName\tTitle\nJane Roe\tCFO');
    expect(text).not.toContain('alert');
    expect(text).not.toContain('hidden facts');
  });
});
