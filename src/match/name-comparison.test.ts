import { describe, expect, it } from 'vitest';
import { compareNames } from './name-comparison.js';
import { prepareName } from './person-name.js';

const compare = (event: string, contact: string, contactReading?: string, contactLatin?: string, eventReading?: string) =>
  compareNames(prepareName(event, eventReading), prepareName(contact, contactReading, contactLatin));
const score = (...args: Parameters<typeof compare>): number | null => compare(...args)?.score ?? null;

describe('compareNames: Japanese names', () => {
  it('ignores width and spacing (山田　太郎 = 山田太郎)', () => {
    expect(compare('山田　太郎', '山田太郎')).toMatchObject({ score: 1, reasons: ['same name in kanji (spacing ignored)'] });
    expect(score('山田, 太郎', '山田太郎')).toBe(1);
    expect(score('ﾔﾏﾀﾞ ﾀﾛｳ', 'ヤマダタロウ')).toBeGreaterThan(0.9);
  });

  it('folds kanji variants from the open table (髙/高, 﨑/崎, 邊/辺, 齋/斎, 濱/浜, 澤/沢) and says which', () => {
    const result = compare('高橋　一郎', '髙橋 一郎');
    expect(result?.score).toBeCloseTo(0.95);
    expect(result?.reasons[0]).toContain('高=髙');
    for (const [a, b] of [['山﨑誠', '山崎誠'], ['渡邊花子', '渡辺花子'], ['齋藤健', '斎藤健'], ['濱田明', '浜田明'], ['澤井修', '沢井修']]) {
      expect(score(a!, b!)).toBeCloseTo(0.95);
    }
  });

  it('keeps strict variant pairs at the variant score, also between two variants (邊/邉)', () => {
    expect(score('渡邊花子', '渡邉花子')).toBeCloseTo(0.95);
    expect(score('髙橋一郎', '高橋一郎')).toBeCloseTo(0.95);
  });

  it('scores a loose-tier pair (庄/荘, 苑/園) below the strict variants, and says so', () => {
    const result = compare('庄司和也', '荘司和也');
    expect(result?.score).toBeCloseTo(0.8);
    expect(result?.reasons[0]).toMatch(/loose kanji variants \(庄=荘\)/u);
    expect(score('苑田美咲', '園田美咲')).toBeCloseTo(0.8);
    // One loose pair is enough to make the whole name loose.
    expect(score('髙庄一', '高荘一')).toBeCloseTo(0.8);
  });

  it('rejects other kanji even when the readings agree (小野/大野 are different people)', () => {
    expect(compare('小野太郎', '大野太郎', 'おおの たろう', undefined, 'おの たろう')).toBeNull();
    expect(compare('國井健司', '國井由美')).toBeNull();
    // 斎 and 斉 are different characters, not variants.
    expect(compare('斎藤健', '斉藤健')).toBeNull();
  });

  it('reads printed furigana in brackets and drops honorifics', () => {
    expect(compare('山田 太郎（やまだ たろう）氏', 'Taro Yamada')?.reasons[0]).toMatch(/^reading yamada tarou matches Taro Yamada/u);
  });
});

describe('compareNames: across scripts', () => {
  it('matches a Latin spelling to a kana reading with Hepburn folding, in either order', () => {
    expect(score('Ichiro Takahashi', '髙橋 一郎', 'たかはし いちろう')).toBeCloseTo(0.92);
    expect(score('TAKAHASHI Ichiro', '髙橋 一郎', 'タカハシ イチロウ')).toBeCloseTo(0.92);
    expect(score('Taro Ohno', '大野 太郎', 'おおの たろう')).toBeCloseTo(0.92);
    expect(score('大野太郎', 'Tarō Ōno', undefined, undefined)).toBeNull(); // no reading: nothing to compare
    expect(score('大野太郎', 'Taro Ono', undefined, undefined, 'おおのたろう')).toBeCloseTo(0.92);
    expect(score('Jiro Takahashi', '髙橋 一郎', 'たかはし いちろう')).toBeNull();
  });

  it("uses the contact's Latin column", () => {
    expect(score('Ichiro Takahashi', '髙橋 一郎', undefined, 'Ichiro Takahashi')).toBeCloseTo(0.98);
  });
});

describe('compareNames: Western names', () => {
  it('matches nicknames from the open table (Bob/Robert, Bill/William, Peggy/Margaret)', () => {
    expect(compare('Robert J. Smith Jr.', 'Bob Smith')?.reasons).toContain('given name Bob is a nickname of Robert');
    expect(score('William Ashdown', 'Bill Ashdown')).toBeCloseTo(0.94);
    expect(score('Margaret Lindqvist', 'Peggy Lindqvist')).toBeCloseTo(0.94);
    expect(score('Robert Smith', 'William Smith')).toBeNull();
  });

  it('accepts an added or dropped middle initial, rejects a different one', () => {
    expect(score('Colin S. Ardmore', 'Colin Ardmore')).toBeCloseTo(0.99);
    expect(compare('Nadia L. Brecken', 'Nadia Brecken')?.score).toBeCloseTo(0.99);
    expect(compare('John A. Smith', 'John A. Smith')?.reasons).toContain('middle initial A. agrees');
    expect(compare('John A. Smith', 'John B. Smith')).toBeNull();
  });

  it('treats Jr. against Sr. as two people, a suffix on one side as one', () => {
    expect(compare('Robert Smith Jr.', 'Robert Smith Sr.')).toBeNull();
    expect(score('Robert Smith Jr.', 'Robert Smith')).toBe(1);
  });

  it('ignores diacritics and case, reads Last-First and upper-case surnames', () => {
    expect(score('Jörg Halvard', 'Jorg Halvard')).toBe(1);
    expect(score('Jürgen Kübler', 'Juergen Kuebler')).toBeCloseTo(0.96);
    expect(score('Ann Marie Kowal', 'Ann-Marie Kowal')).toBe(1);
    expect(score('Neil Ashcombe', 'Ashcombe, Neil')).toBe(1);
    expect(score('Robert A. Penrose', 'Robert PENROSE')).toBeCloseTo(0.99);
    expect(score('ROBERT HALLAM', 'Robert Hallam')).toBe(1);
  });

  it('matches hyphenated and compound surnames with a penalty', () => {
    expect(score('Ana Garcia-Lopez', 'Ana Garcia')).toBeCloseTo(0.88);
    expect(score('Ana Garcia Lopez', 'Ana Garcia')).toBeCloseTo(0.88);
    expect(score('Ana Garcia-Lopez', 'Ana Lopez-Garcia')).toBeCloseTo(0.88);
    expect(score('Ann-Marie Kowal', 'Ann-Marie Treloar')).toBeNull();
  });

  it('uses quoted nicknames in announcements', () => {
    expect(compare('Robert "Bob" Smith', 'Bob Smith')?.reasons).toContain('quoted nickname matches given name Bob');
    expect(score('Thomas "Tad" Quill', 'Tad Quill')).toBeCloseTo(0.98);
  });

  it('scores a given name known only by its initial below alert, and rejects the family name alone', () => {
    expect(score('R. Smith', 'Robert Smith')).toBeCloseTo(0.8);
    expect(score('J. Robert Smith', 'Robert Smith')).toBeCloseTo(0.95);
    expect(score('Damian Castell', 'Felix Castell')).toBeNull();
  });

  it('notices family and given names in the other order', () => {
    expect(compare('Taro Yamada', 'Yamada Taro')?.reasons).toEqual(['same name with family and given name in the other order']);
  });
});
