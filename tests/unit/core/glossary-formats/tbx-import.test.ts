import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashDatabase } from '../../helpers/db-dump';
import { errorOf } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { b64 } from './helpers';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.db.close());

const preview = (content: string) => api.value('glossary.import.preview', { format: 'tbx', contentBase64: b64(content) });
const tbx = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="nb" xmlns="urn:iso:std:iso:30042:ed-2">\n<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>${body}</body></text></tbx>`;

describe('glossary TBX import', () => {
  it('reads concept entries, numbering errors by entry', () => {
    const result = preview(
      tbx(`
      <conceptEntry id="a"><langSec xml:lang="no"><termSec><term>stellebord</term><termNote type="partOfSpeech">noun</termNote></termSec></langSec>
        <langSec xml:lang="ar-SY"><termSec><term>طاولة <hi>تغيير</hi></term></termSec></langSec></conceptEntry>
      <conceptEntry id="b"><langSec xml:lang="ar"><termSec><term>لهاية</term></termSec></langSec></conceptEntry>
      <conceptEntry id="c"><langSec xml:lang="nb"><termSec><term>smokk</term><termNote type="partOfSpeech">determiner</termNote></termSec></langSec>
        <langSec xml:lang="zz"><termSec><term>x</term></termSec></langSec></conceptEntry>`),
    );
    expect(result.fileErrors).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.term, row.kind, row.errors.map((error) => `${error.field}:${error.code}`)])).toEqual([
      [1, 'stellebord', 'newTerm', []],
      [2, '', 'error', ['norwegian:required']],
      [3, 'smokk', 'error', ['zz:unknownLanguage']],
    ]);
    expect(result.rows[0]?.changes).toEqual([{ field: 'ar', from: '', to: 'طاولة تغيير' }]);
  });

  it('reads an older TBX (martif, termEntry, langSet, tig)', () => {
    const result = preview(
      `<?xml version="1.0"?><martif type="TBX" xml:lang="en"><text><body><termEntry><langSet xml:lang="nb"><tig><term>bleie</term></tig></langSet><langSet xml:lang="ti"><tig><term>ዳይፐር</term></tig></langSet></termEntry></body></text></martif>`,
    );
    expect(result.rows.map((row) => [row.term, row.kind, row.changes.map((change) => change.to)])).toEqual([['bleie', 'newTerm', ['ዳይፐር']]]);
  });

  it('refuses entity declarations (billion laughs, XXE) before parsing, writing nothing', () => {
    const before = hashDatabase(api.db);
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${tbx('<conceptEntry><langSec xml:lang="nb"><termSec><term>&lol2;</term></termSec></langSec></conceptEntry>').replace(/^<\?xml[^>]*>/, '')}`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tbx><text><body><conceptEntry><langSec xml:lang="nb"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    for (const content of [laughs, xxe, '<!ENTITY x "y"><tbx/>']) {
      expect(preview(content).fileErrors.map((error) => error.code)).toEqual(['doctype']);
      expect(errorOf(api.call('glossary.import.commit', { format: 'tbx', contentBase64: b64(content) })).code).toBe('validation');
    }
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('refuses malformed XML with its line, other XML, and a CSV given as TBX', () => {
    expect(preview('<tbx>\n<text>\n<body>\n<conceptEntry>\n</body></text></tbx>').fileErrors).toEqual([{ line: 5, field: 'xml', code: 'malformedXml' }]);
    expect(preview('<?xml version="1.0"?><html><body/></html>').fileErrors.map((error) => error.code)).toEqual(['notTbx']);
    expect(preview('norwegian;ar\nbleie;حفاضة\n').fileErrors.map((error) => error.code)).toEqual(['malformedXml']);
    expect(preview(tbx('')).fileErrors.map((error) => error.code)).toEqual(['noRows']);
  });

  it('survives deep nesting and many entries without running out of stack', () => {
    const deep = `<tbx><text><body>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</body></text></tbx>`;
    // The parser stops at its nesting limit instead of recursing: refused as malformed, not a crash.
    expect(preview(deep).fileErrors.map((error) => error.code)).toEqual(['malformedXml']);
    const many = tbx('<conceptEntry><langSec xml:lang="nb"><termSec><term>a</term></termSec></langSec></conceptEntry>'.repeat(5001));
    expect(preview(many).fileErrors.map((error) => error.code)).toEqual(['tooManyRows']);
  });
});
