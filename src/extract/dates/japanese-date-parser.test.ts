import { describe, expect, it } from 'vitest';
import { findJapaneseDates, parseJapaneseDate, resolveYear } from './japanese-date-parser.js';

describe('parseJapaneseDate', () => {
  it.each([
    ['令和7年6月27日', '2025-06-27'],
    ['令和元年5月1日付', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['昭和64年1月7日', '1989-01-07'],
    ['２０２５年４月１日', '2025-04-01'],
    ['令和７年６月２７日開催予定', '2025-06-27'],
    ['2025 年 4 月 1 日', '2025-04-01'],
    ['平成 27 年 10月', '2015-10'],
    ['2024/03/11', '2024-03-11'],
    ['2025-06-30', '2025-06-30'],
    ['2025年6月末', '2025-06-30'],
  ])('%s → %s', (text, expected) => {
    expect(parseJapaneseDate(text)).toBe(expected);
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(parseJapaneseDate('2025年2月30日')).toBeNull();
    expect(parseJapaneseDate('2025年13月1日')).toBeNull();
  });

  it('resolves a missing year from the announcement date, looking forward', () => {
    expect(parseJapaneseDate('4月1日付', { announced: '2025-02-14' })).toBe('2025-04-01');
    expect(parseJapaneseDate('4月1日付', { announced: '2024-11-20' })).toBe('2025-04-01');
    expect(parseJapaneseDate('12月20日', { announced: '2025-01-10' })).toBe('2024-12-20');
    expect(parseJapaneseDate('6月下旬', { announced: '2025-05-10' })).toBe('2025-06');
    expect(parseJapaneseDate('29日の株主総会', { announced: '2021-06-29' })).toBe('2021-06-29');
  });

  it('uses the year the text established when there is no announcement date', () => {
    expect(parseJapaneseDate('6月1日', { contextYear: 2022 })).toBe('2022-06-01');
    expect(parseJapaneseDate('6月1日')).toBeNull();
  });

  it('reads 本日 and 即日 as the announcement date and 同日 as the date it refers to', () => {
    expect(parseJapaneseDate('本日付で', { announced: '2025-05-15' })).toBe('2025-05-15');
    expect(parseJapaneseDate('即日', { announced: '2025-05-15' })).toBe('2025-05-15');
    expect(parseJapaneseDate('同日付', { announced: '2025-05-15', sameDay: '2025-06-27' })).toBe('2025-06-27');
  });
});

describe('findJapaneseDates', () => {
  it('finds every date with its position and kind', () => {
    const text = '2025年3月14日開催の取締役会で、4月1日付の人事を決議';
    const found = findJapaneseDates(text);
    expect(found.map((d) => d.kind)).toEqual(['full', 'month-day']);
    expect(text.slice(found[1]?.start, found[1]?.end)).toBe('4月1日');
  });

  it('does not read a day out of a month-day or a decimal number', () => {
    expect(findJapaneseDates('売上高は1.5日分')).toHaveLength(0);
    expect(findJapaneseDates('10月14日').map((d) => d.kind)).toEqual(['month-day']);
  });
});

describe('resolveYear', () => {
  it('keeps the announcement year unless the date is far in the past or future', () => {
    expect(resolveYear(6, 27, '2025-05-15')).toBe(2025);
    expect(resolveYear(1, 5, '2024-12-20')).toBe(2025);
    expect(resolveYear(12, 25, '2025-01-05')).toBe(2024);
  });
});
