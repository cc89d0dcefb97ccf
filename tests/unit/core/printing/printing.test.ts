import { beforeEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../electron/core/services/printing/escape-html';
import { fontFaceCss } from '../../../../electron/core/services/printing/fonts';
import { pdfFileName } from '../../../../electron/core/services/printing/layout';
import { addCourse, addParticipant, addStaff } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';

const xss = '<img src=x onerror=alert(1)>';
let api: TestApi;
let courseId: string;

beforeEach(() => {
  api = createTestApi();
  const assistant = addStaff(api, { name: 'Amina Yusuf', role: 'assistant', languages: ['ar'], phone: '900 00 000' });
  const teacher = addStaff(api, { name: 'Ingrid Haugland', role: 'teacher' });
  const course = addCourse(api, {
    name: 'Norsk A2 kveld',
    teacherIds: [teacher.id],
    assistantIds: [assistant.id],
    weekPattern: { mon: 'school', tue: 'school', wed: 'school', thu: 'practice', fri: 'school' },
    note: 'Ekstra ark ligger i skuffen under kateteret.',
  });
  courseId = course.id;
  for (const person of [
    { givenName: 'ليلى', familyName: 'حسن', motherTongues: ['ar'] },
    { givenName: 'ሰላም', familyName: 'ተስፋይ', motherTongues: ['ti'] },
    { givenName: 'Hodan', familyName: 'Warsame', motherTongues: ['so'] },
  ]) {
    const participant = addParticipant(api, person);
    api.value('courses.enrol', { courseId, participantId: participant.id });
  }
  const year = api.value('calendar.schoolYears.create', { name: '2026/2027', startDate: '2026-08-17', endDate: '2027-06-18' });
  api.value('calendar.closures.create', { schoolYearId: year.id, startDate: '2026-09-16', endDate: '2026-09-16', kind: 'closure', name: 'Planleggingsdag' });
  const theme = api.value('themes.create', {
    courseId,
    name: 'På jobb i barnehagen',
    startDate: '2026-09-01',
    endDate: '2026-09-30',
    keyWords: ['vaktliste', 'garderobe', 'حضانة'],
    note: 'Permen står i hylla på rom 204.',
  });
  api.value('lessons.create', {
    courseId,
    date: '2026-09-14',
    startTime: '09:00',
    endTime: '11:00',
    title: 'Vaktlista i barnehagen',
    themeId: theme.id,
    support: { assistantIds: [assistant.id], languages: ['ar'] },
    bodyHtml: '<p>Les vaktlista sammen.</p><p dir="rtl">اقرأ الجدول</p>',
  });
  api.value('lessons.create', { courseId, date: '2026-09-15', startTime: '09:00', endTime: '11:00', title: xss, themeId: theme.id });
});

const weekPlan = () => api.value('print.weekPlan', { courseId, isoYear: 2026, isoWeek: 38 });

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('print.weekPlan', () => {
  it('is one A4 landscape page with the lessons, practice day and the closed day named', () => {
    const document = weekPlan();
    expect(document.landscape).toBe(true);
    expect(document.html).toContain('@page { size: A4 landscape; margin: 12mm; }');
    expect(document.html).toContain('Norsk A2 kveld');
    expect(document.html).toContain('Uke 38 (2026)');
    expect(document.html).toContain('Vaktlista i barnehagen');
    expect(document.html).toContain('Praksisdag');
    expect(document.html).toContain('Stengt: <bdi dir="auto">Planleggingsdag</bdi>');
    expect(document.html).toContain('Morsmålsstøtte: \u2068Amina Yusuf, arabisk\u2069');
    expect(document.html).toContain('Uten morsmålsstøtte');
    expect(document.fileName).toBe('Ukeplan Norsk A2 kveld uke 38 2026.pdf');
  });

  it('has no participant in it, and no script', () => {
    const { html } = weekPlan();
    expect(html).not.toContain('ليلى');
    expect(html).not.toContain('Hodan');
    expect(html).not.toMatch(/<script/i);
  });

  it('prints a hostile title as text', () => {
    const { html } = weekPlan();
    expect(html).not.toContain(xss);
    expect(html).toContain(escapeHtml(xss));
  });

  it('uses the bundled fonts through file:// URLs when the shell names the folder', () => {
    expect(weekPlan().html).toContain("local('Noto Sans Arabic')");
    const css = fontFaceCss('/opt/Språkbro/fonts');
    expect(css).toContain("url('file:///opt/Spr%C3%A5kbro/fonts/NotoSansArabic-Bold.ttf') format('truetype')");
    expect(css).toContain("url('file:///opt/Spr%C3%A5kbro/fonts/NotoSansEthiopic-Regular.ttf')");
  });

  it('is printed in the UI language', () => {
    api.value('settings.update', { uiLanguage: 'en' });
    const { html, fileName } = weekPlan();
    expect(html).toContain('Week 38 (2026)');
    expect(html).toContain('Practice day');
    expect(html).toContain('lang="en"');
    expect(fileName).toBe('Week plan Norsk A2 kveld week 38 2026.pdf');
  });

  it('refuses an unknown class with a field error', () => {
    const result = api.raw('print.weekPlan', { courseId: '01900000-0000-7000-8000-000000000000', isoYear: 2026, isoWeek: 38 });
    expect(result.ok).toBe(false);
  });
});

describe('print.assistantPlan', () => {
  it('lists two weeks with themes, key words, and marks support and the days without it', () => {
    const document = api.value('print.assistantPlan', { courseId, from: '2026-09-14' });
    expect(document.landscape).toBe(false);
    expect(document.html).toContain('size: A4 portrait');
    expect(document.html).toContain('På jobb i barnehagen');
    expect(document.html).toContain('<li><bdi dir="auto">vaktliste</bdi></li>');
    expect(document.html).toContain('<bdi dir="auto">حضانة</bdi>');
    expect(document.html).toContain('Ja: \u2068Amina Yusuf, arabisk\u2069');
    expect(document.html).toContain('NEI – uten støtte');
    const without = document.html.slice(document.html.indexOf('Skoledager uten morsmålsstøtte'));
    // Tuesday has a lesson without support, Friday has none at all; Monday is supported,
    // Wednesday is closed and Thursday is a practice day.
    expect(without).toContain('Tirsdag 15.09.2026');
    expect(without).toContain('Fredag 18.09.2026');
    expect(without).toContain('Tirsdag 22.09.2026');
    expect(without).not.toContain('Mandag 14.09.2026');
    expect(without).not.toContain('Onsdag 16.09.2026');
    expect(without).not.toContain('Torsdag 17.09.2026');
    expect(document.html).toContain('Stengt: <bdi dir="auto">Planleggingsdag</bdi>');
    expect(document.html).not.toContain(xss);
    expect(document.html).toContain('Tirsdag 22.09.2026');
    expect(document.html).not.toContain('28.09.2026');
  });
});

describe('print.substitutePacket', () => {
  it('has the lessons with their text, the class list, language groups, staff and material', () => {
    const { html, fileName, landscape } = api.value('print.substitutePacket', { courseId, date: '2026-09-14' });
    expect(landscape).toBe(false);
    expect(fileName).toBe('Vikarpakke Norsk A2 kveld 2026-09-14.pdf');
    expect(html).toContain('Vaktlista i barnehagen');
    expect(html).toContain('Les vaktlista sammen.');
    expect(html).toContain('<p dir="rtl">اقرأ الجدول</p>');
    expect(html).toContain('<td dir="auto">ليلى حسن</td>');
    expect(html).toContain('<td dir="auto">ሰላም ተስፋይ</td>');
    expect(html).toContain('3 deltakere');
    expect(html).toContain('Språkgrupper');
    expect(html).toMatch(/arabisk<\/td>\s*<td><bdi dir="auto">ليلى حسن<\/bdi><\/td>\s*<td><bdi dir="auto">Amina Yusuf<\/bdi>/);
    expect(html).toContain('Uten assistent på eget morsmål');
    expect(html).toContain('<td dir="auto">Amina Yusuf</td><td>Assistent</td>');
    expect(html).toContain('900 00 000');
    expect(html).toContain('Permen står i hylla på rom 204.');
    expect(html).toContain('Ekstra ark ligger i skuffen under kateteret.');
  });

  it('re-sanitises lesson text and escapes titles', () => {
    api.db.prepare("UPDATE lesson SET body_html = '<p>ok</p><script>alert(1)</script><img src=x onerror=alert(1)>' WHERE date = '2026-09-15'").run();
    const { html } = api.value('print.substitutePacket', { courseId, date: '2026-09-15' });
    expect(html).toContain('<p>ok</p>');
    expect(html).not.toMatch(/<script|<img src=x/i);
    expect(html).toContain(escapeHtml(xss));
    expect(html).toContain('<strong>Uten morsmålsstøtte</strong>');
  });

  it('names a closed day', () => {
    const { html } = api.value('print.substitutePacket', { courseId, date: '2026-09-16' });
    expect(html).toContain('Stengt: Planleggingsdag');
    expect(html).toContain('Ingen økter');
  });
});

describe('pdfFileName', () => {
  it('drops folder separators and characters Windows refuses', () => {
    expect(pdfFileName('Uke 3 / A2: "kveld" <x>')).toBe('Uke 3 - A2- -kveld- -x-.pdf');
    expect(pdfFileName('   ')).toBe('Sprakbro.pdf');
  });
});
