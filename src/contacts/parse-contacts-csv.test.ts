import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isCorporateNumber } from './contact-row.js';
import { ContactCsvError, deriveAccountId, parseContactsCsv, unmappedOwnerWarnings } from './parse-contacts-csv.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'contacts');
const fixture = (name: string): Buffer => readFileSync(join(fixtures, name));

const CANONICAL_HEADER =
  'account_id,account_name,ticker,cik,sec_code,corporate_number,contact_id,contact_name,contact_name_reading,contact_name_latin,title,email,owner_email,arr,renewal_date';

describe('parseContactsCsv: canonical format', () => {
  it('reads UTF-8 with a BOM and keeps every column', () => {
    const csv = `\uFEFF${CANONICAL_HEADER}\nA1,Brightwater Robotics Inc.,BWR,0001234567,,,C1,Robert J. Calloway,,,CFO,rc@bw.example,csm@x.example,"$120,000",2027-03-31\n`;
    const result = parseContactsCsv(Buffer.from(csv, 'utf8'), 'c.csv');
    expect(result.format).toBe('canonical');
    expect(result.encoding).toBe('utf-8');
    expect(result.rejected).toEqual([]);
    expect(result.rows).toEqual([
      {
        accountId: 'A1', accountName: 'Brightwater Robotics Inc.', ticker: 'BWR', cik: '0001234567', secCode: null,
        corporateNumber: null, contactId: 'C1', contactName: 'Robert J. Calloway', contactNameReading: null,
        contactNameLatin: null, title: 'CFO', email: 'rc@bw.example', ownerEmail: 'csm@x.example', arr: 120000,
        renewalDate: '2027-03-31', country: null, segment: null, parentAccountId: null,
      },
    ]);
  });

  it('needs only account_name, contact_id and contact_name, and derives a stable account id', () => {
    const csv = 'contact_name,account_name,contact_id\nDana Pruitt,"Coppervale Mining, Corp.",X9\nEli Moss,COPPERVALE MINING CORPORATION,X10\n';
    const result = parseContactsCsv(Buffer.from(csv), 'min.csv');
    expect(result.rows).toHaveLength(2);
    expect(result.rows[0]!.accountId).toMatch(/^acct-[0-9a-f]{16}$/u);
    // The same company written two ways gets one id.
    expect(result.rows[1]!.accountId).toBe(result.rows[0]!.accountId);
    expect(deriveAccountId('Halvorsen Biotech AG')).not.toBe(result.rows[0]!.accountId);
    expect(result.rows[0]!.arr).toBeNull();
  });

  it('reports bad rows with their line number and the column, and keeps the good ones', () => {
    const csv = [
      CANONICAL_HEADER,
      ',Acme,,,,,C1,Ann Lee,,,,ann@acme.example,,1000,2027-01-01',
      ',Acme,,,,,C2,Bo Park,,,,,,lots,2027-01-01',
      ',Acme,,,,,C3,Cy Dunn,,,,,,,2027-02-30',
      ',Acme,,,,,C4,Di Roe,,,,not-an-email,,,',
      ',Acme,,,,,,Ed Fox,,,,,,,',
      '"",Acme,,,,,C6,"Fay',
      'Gale",,,,,,,',
      ',Acme,,,,,C1,Ann Lee again,,,,,,,',
      ',,,,,,C8,Gil Hart,,,,,,,',
      ',Acme,,,,1234567890123,C9,Ida Cole,,,,,,,',
    ].join('\n');
    const result = parseContactsCsv(Buffer.from(csv), 'bad.csv');
    expect(result.rows.map((row) => row.contactId)).toEqual(['C1', 'C6']);
    expect(result.rows[1]!.contactName).toBe('Fay\nGale');
    expect(result.rejected).toEqual([
      { line: 3, reason: 'arr: not a non-negative number: "lots"' },
      { line: 4, reason: 'renewal_date: not a date (YYYY-MM-DD): "2027-02-30"' },
      { line: 5, reason: 'email: not a valid e-mail address' },
      { line: 6, reason: 'contact_id: required' },
      { line: 9, reason: 'contact_id: duplicate id C1 (first on line 2)' },
      { line: 10, reason: 'account_name: required' },
      { line: 11, reason: 'corporate_number: not a corporate number (13 digits with a valid check digit)' },
    ]);
  });

  it('takes optional country and segment columns for the account, countries as ISO codes', () => {
    const csv = [
      'account_name,contact_id,contact_name,country,segment',
      'Orchid Labs,O1,Nils Farrow,United States,enterprise',
      'みなと精機,M1,渡辺 花子,日本,mid-market',
      'Halvorsen Biotech AG,H1,Lena Voss,de,',
      'Quillfeather Foods,Q1,Ana Ono,,',
    ].join('\n');
    const result = parseContactsCsv(Buffer.from(csv), 'segments.csv');
    expect(result.rows.map((row) => [row.contactId, row.country, row.segment])).toEqual([
      ['O1', 'US', 'enterprise'],
      ['M1', 'JP', 'mid-market'],
      ['H1', 'DE', null],
      ['Q1', null, null],
    ]);
  });

  it('decodes Shift_JIS (Excel in Japan) and normalizes identifiers, amounts and dates', () => {
    const result = parseContactsCsv(fixture('canonical-shift_jis.csv'), 'sjis.csv');
    expect(result.encoding).toBe('shift_jis');
    expect(result.rejected).toEqual([]);
    expect(result.rows.map((row) => [row.accountName, row.contactName, row.contactNameReading, row.arr, row.renewalDate])).toEqual([
      ['株式会社みなと精機', '髙橋　一郎', 'たかはし いちろう', 1200000, '2027-04-01'],
      ['㈱みなと精機', '渡邊 花子', 'わたなべ はなこ', 480000, '2027-10-01'],
    ]);
    // 株式会社 and ㈱ are the same legal form: one derived account id.
    expect(result.rows[0]!.accountId).toBe(result.rows[1]!.accountId);
  });

  it("reads Excel's UTF-16 \"Unicode text\" (tab-separated) and semicolon-separated exports", () => {
    const tsv = `${CANONICAL_HEADER.replaceAll(',', '\t')}\n\tみなと精機\t\t\t\t\tU1\t渡辺 花子\t\t\t\t\t\t\t\n`;
    const utf16 = parseContactsCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]), 'u16.txt');
    expect([utf16.encoding, utf16.rows[0]?.contactName]).toEqual(['utf-16le', '渡辺 花子']);
    const semicolons = parseContactsCsv(Buffer.from('contact_id;contact_name;account_name\nS1;Nils Farrow;Orchid Labs\n'), 'semi.csv');
    expect(semicolons.rows[0]?.contactName).toBe('Nils Farrow');
  });

  it('decodes Shift_JIS encoded on the fly, with NEC special characters (cp932)', () => {
    const csv = `${CANONICAL_HEADER}\r\n,①テック株式会社,,,,,K1,齋藤　澄子,,,,,,,\r\n`;
    const result = parseContactsCsv(iconv.encode(csv, 'cp932'), 'sjis2.csv');
    expect(result.rows[0]!.accountName).toBe('①テック株式会社');
    expect(result.rows[0]!.contactName).toBe('齋藤　澄子');
  });
});

describe('parseContactsCsv: CRM exports', () => {
  it('recognises a Salesforce contact export', () => {
    const result = parseContactsCsv(fixture('salesforce-contacts.csv'), 'sf.csv');
    expect(result.format).toBe('salesforce');
    expect(result.rows.map((row) => [row.contactId, row.contactName, row.accountId, row.accountName, row.title, row.ownerEmail])).toEqual([
      ['0035g00000AbCdE1', 'Robert Calloway', '0015g00000XyZ001', 'Brightwater Robotics, Inc.', 'Chief Financial Officer', null],
      ['0035g00000AbCdE2', "Margaret O'Shea", '0015g00000XyZ001', 'Brightwater Robotics, Inc.', 'VP Operations', null],
      ['0035g00000AbCdE3', '山田 太郎', '0015g00000XyZ002', '北風電機株式会社', '代表取締役社長', 'csm.tanaka@execradar.example'],
    ]);
    expect(result.rejected).toEqual([{ line: 5, reason: 'Email: not a valid e-mail address' }]);
    // Mailing Country gives the account's country.
    expect(result.rows.map((row) => row.country)).toEqual(['US', 'US', 'JP']);
  });

  it('maps Contact Owner names to e-mail addresses, and reports the names it cannot map', () => {
    const unmapped = parseContactsCsv(fixture('salesforce-contacts.csv'), 'sf.csv');
    expect(unmapped.unmappedOwners).toEqual([{ name: 'Dana Whitfield', lines: [2, 3] }]);
    expect(unmappedOwnerWarnings(unmapped)).toEqual([
      'owner "Dana Whitfield" is not an e-mail address and has no entry in contacts.ownerEmails: 2 row(s) stored without an owner (line 2, 3)',
    ]);

    const mapped = parseContactsCsv(fixture('salesforce-contacts.csv'), 'sf.csv', { ownerEmails: { 'dana  whitfield': 'dana.whitfield@execradar.example' } });
    expect(mapped.rows.map((row) => row.ownerEmail)).toEqual(['dana.whitfield@execradar.example', 'dana.whitfield@execradar.example', 'csm.tanaka@execradar.example']);
    expect(mapped.unmappedOwners).toEqual([]);
    expect(unmappedOwnerWarnings(mapped)).toEqual([]);
  });

  it("recognises Salesforce Data Loader's API column names", () => {
    const csv = 'Id,FirstName,LastName,AccountId,Account.Name,Title,Email,Owner.Email\n0035g00000AbCdE9,Ines,Marlow,0015g00000XyZ009,Orchid Labs,CTO,ines@orchid.example,csm2@execradar.example\n';
    const result = parseContactsCsv(Buffer.from(csv), 'dl.csv');
    expect(result.format).toBe('salesforce');
    expect(result.rows.map((row) => [row.contactId, row.contactName, row.accountId, row.accountName, row.ownerEmail])).toEqual([
      ['0035g00000AbCdE9', 'Ines Marlow', '0015g00000XyZ009', 'Orchid Labs', 'csm2@execradar.example'],
    ]);
  });

  it('recognises a HubSpot contact export', () => {
    const result = parseContactsCsv(fixture('hubspot-contacts.csv'), 'hs.csv');
    expect(result.format).toBe('hubspot');
    expect(result.rows.map((row) => [row.contactId, row.contactName, row.accountName, row.title, row.ownerEmail])).toEqual([
      ['51234001', 'William Ashdown', 'Coppervale Mining Corp.', 'Chief Executive Officer', null],
      ['51234002', 'Peggy Lindqvist', 'Coppervale Mining Corp.', 'General Counsel', 'priya.raman@execradar.example'],
      ['51234004', 'Kenji Moriwaki', 'あおぞら物流ホールディングス株式会社', 'Director', null],
    ]);
    expect(result.rows[0]!.accountId).toBe(deriveAccountId('Coppervale Mining Corp.'));
    expect(result.rejected).toEqual([{ line: 4, reason: 'First Name/Last Name: required' }]);
    expect(result.unmappedOwners).toEqual([{ name: 'Priya Raman', lines: [2, 5] }]);
    const mapped = parseContactsCsv(fixture('hubspot-contacts.csv'), 'hs.csv', { ownerEmails: { 'Priya Raman': 'priya.raman@execradar.example' } });
    expect(mapped.rows.map((row) => row.ownerEmail)).toEqual(Array(3).fill('priya.raman@execradar.example'));
  });

  it("reads HubSpot's Country/Region column", () => {
    const csv = 'Record ID,First Name,Last Name,Company Name,Country/Region\n51234101,Ines,Marlow,Orchid Labs,Japan\n';
    expect(parseContactsCsv(Buffer.from(csv), 'hs2.csv').rows[0]?.country).toBe('JP');
  });

  it('refuses a file whose header matches no known layout', () => {
    expect(() => parseContactsCsv(Buffer.from('name,company\nA,B\n'), 'odd.csv')).toThrow(ContactCsvError);
    expect(() => parseContactsCsv(Buffer.from(''), 'empty.csv')).toThrow(/empty/u);
  });
});

describe('isCorporateNumber', () => {
  it('checks the 法人番号 check digit', () => {
    expect(isCorporateNumber('1180301018771')).toBe(true);
    expect(isCorporateNumber('2180301018771')).toBe(false);
    expect(isCorporateNumber('118030101877')).toBe(false);
  });
});
