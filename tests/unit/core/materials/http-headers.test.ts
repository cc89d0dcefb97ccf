import { describe, expect, it } from 'vitest';
import { contentDisposition, fileAnswer, parseByteRange } from '../../../../electron/core/services/materials/http-headers';

const video = { size: 100, mediaType: 'video/mp4', inline: true, fileName: 'Hagedagen.mp4' };

describe('byte ranges', () => {
  it('reads single ranges: closed, open-ended and suffix', () => {
    expect(parseByteRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseByteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseByteRange('bytes=90-500', 100)).toEqual({ start: 90, end: 99 });
    expect(parseByteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseByteRange('bytes=-500', 100)).toEqual({ start: 0, end: 99 });
  });

  it('calls ranges past the end unsatisfiable, and leaves anything else to a whole-file answer', () => {
    expect(parseByteRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=-0', 100)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=-5', 0)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=0-1,5-6', 100)).toBeUndefined();
    expect(parseByteRange('bytes=9-0', 100)).toBeUndefined();
    expect(parseByteRange('bytes=-', 100)).toBeUndefined();
    expect(parseByteRange('items=0-1', 100)).toBeUndefined();
    expect(parseByteRange(undefined, 100)).toBeUndefined();
  });
});

describe('Content-Disposition', () => {
  it('gives an ASCII name and the real one as RFC 5987 filename*', () => {
    expect(contentDisposition('Ukeplan Norsk "A2" uke 38.pdf')).toBe(
      `attachment; filename="Ukeplan Norsk A2 uke 38.pdf"; filename*=UTF-8''Ukeplan%20Norsk%20%22A2%22%20uke%2038.pdf`,
    );
    expect(contentDisposition('Språk (øving).pdf')).toBe(
      `attachment; filename="Sprak (ving).pdf"; filename*=UTF-8''Spr%C3%A5k%20%28%C3%B8ving%29.pdf`,
    );
  });

  it('keeps Arabic and Ethiopic names whole in filename*, with a fallback when no ASCII is left', () => {
    const arabic = contentDisposition('درس.mp3');
    expect(arabic).toContain(`filename=".mp3"`);
    expect(decodeURIComponent(arabic.split("filename*=UTF-8''")[1]!)).toBe('درس.mp3');
    const tigrinya = contentDisposition('ትምህርቲ', { inline: true });
    expect(tigrinya).toBe(`inline; filename="file"; filename*=UTF-8''${encodeURIComponent('ትምህርቲ')}`);
    expect(contentDisposition('ትምህርቲ', { fallback: 'document.pdf' })).toMatch(/^attachment; filename="document.pdf"; /);
  });
});

describe('answer for a stored file', () => {
  it('serves the whole file with its type, inline or as a download', () => {
    const whole = fileAnswer(video, 'GET', undefined);
    expect(whole).toEqual({
      status: 200,
      start: 0,
      end: 99,
      sendsBody: true,
      headers: {
        'Content-Type': 'video/mp4',
        'Accept-Ranges': 'bytes',
        'Content-Disposition': `inline; filename="Hagedagen.mp4"; filename*=UTF-8''Hagedagen.mp4`,
        'Content-Length': '100',
      },
    });
    expect(fileAnswer({ ...video, inline: false }, 'GET', null).headers['Content-Disposition']).toMatch(/^attachment;/);
  });

  it('answers a range with 206 and its Content-Range, past the end with 416', () => {
    const part = fileAnswer(video, 'GET', 'bytes=10-14');
    expect(part).toMatchObject({ status: 206, start: 10, end: 14, sendsBody: true });
    expect(part.headers).toMatchObject({ 'Content-Range': 'bytes 10-14/100', 'Content-Length': '5' });
    expect(fileAnswer(video, 'GET', 'bytes=-20')).toMatchObject({ status: 206, start: 80, end: 99 });
    expect(fileAnswer(video, 'GET', 'bytes=150-')).toEqual({ status: 416, headers: { 'Content-Range': 'bytes */100' } });
  });

  it('sends no body for HEAD or an empty file', () => {
    expect(fileAnswer(video, 'HEAD', undefined)).toMatchObject({ status: 200, sendsBody: false });
    const empty = fileAnswer({ ...video, size: 0 }, 'GET', undefined);
    expect(empty).toMatchObject({ status: 200, sendsBody: false });
    expect(empty.headers['Content-Length']).toBe('0');
  });
});
