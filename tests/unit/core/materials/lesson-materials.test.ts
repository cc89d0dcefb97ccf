import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sanitiseLessonHtml } from '../../../../electron/core/services/lessons/sanitise-html';
import { materialIdsInHtml } from '../../../../electron/core/services/materials/lesson-materials';
import { materialFileUrl, type Material } from '../../../../shared/domain/materials';
import { addCourse } from '../../helpers/fixtures';
import { createMaterialTestApi, photo, type MaterialTestApi } from './material-helpers';

let api: MaterialTestApi;
beforeEach(() => {
  api = createMaterialTestApi();
});
afterEach(() => {
  vi.useRealTimers();
  api.db.close();
});

let seed = 300;
async function add(metadata: Record<string, unknown> = {}): Promise<Material> {
  seed += 1;
  const result = await api.importBytes(await photo({ seed }), { fileName: `bilde-${seed}.jpg`, ...metadata });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.material;
}

const linked = (lessonId: string) =>
  api.db.prepare('SELECT material_id FROM lesson_material WHERE lesson_id = ? ORDER BY material_id').pluck().all(lessonId);

describe('material in lesson text', () => {
  it('keeps the app’s own material addresses through sanitising, and nothing else new', () => {
    const id = '01900000-0000-7000-8000-0000000000aa';
    const html = [
      `<p><img src="/media/materials/${id}/original" alt="Kjøkken"></p>`,
      `<p><a href="/media/materials/${id}/original">Lydopptak</a></p>`,
      `<p><img src="/media/materials/${id}/thumbnail"></p>`,
      `<p><img src="/media/materials/${id}/original/../../etc"></p>`,
      `<p><img src="/media/materials/not-an-id/original"></p>`,
      `<p><a href="/settings">Innstillinger</a></p>`,
      `<p><img src="//evil.example/media/materials/${id}/original"></p>`,
      `<p><img src="/media/materials/${id}/original?x=1"></p>`,
    ].join('');
    expect(sanitiseLessonHtml(html)).toBe(
      `<p><img src="/media/materials/${id}/original" alt="Kjøkken"></p>` +
        `<p><a href="/media/materials/${id}/original" rel="noopener noreferrer nofollow">Lydopptak</a></p>` +
        `<p><img src="/media/materials/${id}/thumbnail"></p><p></p><p></p><p>Innstillinger</p><p></p><p></p>`,
    );
    expect(materialIdsInHtml(sanitiseLessonHtml(html))).toEqual([id]);
  });

  it('keeps lesson_material in step when a lesson is created, edited and restored to an older text', async () => {
    const course = addCourse(api);
    const first = await add();
    const second = await add();
    const lesson = api.value('lessons.create', {
      courseId: course.id, date: '2026-09-14', startTime: '09:00', endTime: '11:00', title: 'Kjøkkenet',
      bodyHtml: `<p><img src="${materialFileUrl(first, 'original')}"></p>`,
    });
    expect(linked(lesson.id)).toEqual([first.id]);
    // Later than a typing burst, so the first text stays a version of its own.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60 * 60 * 1000);
    api.value('lessons.update', {
      id: lesson.id,
      bodyHtml: `<p><a href="${materialFileUrl(second, 'original')}">lyd</a><img src="${materialFileUrl(second, 'thumbnail')}"></p>`,
    });
    expect(linked(lesson.id)).toEqual([second.id]);
    const versions = api.value('lessons.versions', { id: lesson.id });
    const oldest = versions.at(-1)!;
    api.value('lessons.restoreVersion', { id: lesson.id, versionId: oldest.id });
    expect(linked(lesson.id)).toEqual([first.id]);
    // Later than a typing burst, so the first text stays a version of its own.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60 * 60 * 1000);
    api.value('lessons.update', { id: lesson.id, bodyHtml: '<p>Ingen bilder</p>' });
    expect(linked(lesson.id)).toEqual([]);
  });

  it('prints material pictures inline in the substitute packet, and a sentence instead of a blocked one', async () => {
    const course = addCourse(api);
    const shown = await add({ caption: 'Oppvask' });
    const blocked = await add({ othersAppear: true });
    api.value('lessons.create', {
      courseId: course.id, date: '2026-09-14', startTime: '09:00', endTime: '11:00', title: 'Kjøkkenet',
      bodyHtml: `<p><img src="${materialFileUrl(shown, 'original')}" alt="Oppvask"></p><p><img src="${materialFileUrl(blocked, 'original')}"></p>`,
    });
    const document = api.value('print.substitutePacket', { courseId: course.id, date: '2026-09-14' });
    expect(document.html).toContain('<img src="data:image/webp;base64,');
    expect(document.html).toContain('alt="Oppvask"');
    expect(document.html).toContain('Bilde uten samtykke er utelatt');
    expect(document.html).not.toContain('/media/materials/');
    // Only the one allowed picture is in the page.
    expect(document.html.match(/<img /g)).toHaveLength(1);
  });
});
