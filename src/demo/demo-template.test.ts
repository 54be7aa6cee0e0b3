import { describe, expect, it } from 'vitest';
import { renderDemoTemplate, shiftDay } from './demo-template.js';

describe('renderDemoTemplate', () => {
  it('writes dates relative to the demo day in each format', () => {
    const text = 'filed {{d:-3}}; effective {{d:+29|en}}; 付 {{d:+29|ja}}; {{d:0|compact}}';
    expect(renderDemoTemplate(text, '2026-12-03')).toBe('filed 2026-11-30; effective January 1, 2027; 付 2027年1月1日; 20261203');
  });
  it('crosses month and leap-year ends', () => {
    expect(shiftDay('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDay('2027-03-01', -1)).toBe('2027-02-28');
  });
  it('fills named values and leaves unknown names alone', () => {
    expect(renderDemoTemplate('url: "{{origin}}/news" {{other}}', '2026-12-03', { origin: 'http://127.0.0.1:4000' })).toBe('url: "http://127.0.0.1:4000/news" {{other}}');
  });
  it('refuses an unknown format instead of leaving the placeholder', () => {
    expect(() => renderDemoTemplate('{{d:1|fr}}', '2026-12-03')).toThrow(/unknown date format/u);
  });
});
