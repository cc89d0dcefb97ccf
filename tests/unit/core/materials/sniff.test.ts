import { describe, expect, it } from 'vitest';
import { sniffFile } from '../../../../electron/core/services/materials/sniff';
import { fileWith, pdf, wav, zip } from './material-helpers';

const sniff = (bytes: Buffer, name: string) => sniffFile(fileWith(bytes, 'fil'), name);
const ftyp = (major: string, ...compatible: string[]) => {
  const box = Buffer.alloc(16 + compatible.length * 4 + 64);
  box.writeUInt32BE(16 + compatible.length * 4, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((brand, index) => box.write(brand, 16 + index * 4, 'latin1'));
  return box;
};
const ebml = (text: string) => Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.from(text, 'latin1'), Buffer.alloc(32)]);
const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

describe('type sniffing', () => {
  it('knows sound and video containers by their bytes', () => {
    expect(sniff(ftyp('isom', 'iso2', 'avc1', 'mp41'), 'film.mp4')).toEqual({ kind: 'video', mediaType: 'video/mp4' });
    expect(sniff(ftyp('isom', 'iso2'), 'opptak.m4a')).toEqual({ kind: 'audio', mediaType: 'audio/mp4' });
    expect(sniff(ftyp('M4A ', 'isom'), 'opptak.bin')).toEqual({ kind: 'audio', mediaType: 'audio/mp4' });
    expect(sniff(ftyp('heic', 'mif1'), 'IMG_1.HEIC')).toEqual({ kind: 'image', mediaType: 'image/heic' });
    expect(sniff(ftyp('qt  ', 'qt  '), 'IMG_2.MOV')).toEqual({ kind: 'video', mediaType: 'video/quicktime' });
    expect(sniff(ftyp('avif', 'mif1'), 'bilde.avif')).toBeUndefined();
    expect(sniff(ebml('webm...V_VP9'), 'film.webm')).toEqual({ kind: 'video', mediaType: 'video/webm' });
    expect(sniff(ebml('webm...A_OPUS'), 'lyd.webm')).toEqual({ kind: 'audio', mediaType: 'audio/webm' });
    expect(sniff(ebml('matroska'), 'film.mkv')).toBeUndefined();
    expect(sniff(Buffer.concat([Buffer.from('OggS'), Buffer.alloc(60)]), 'lyd.ogg')).toEqual({ kind: 'audio', mediaType: 'audio/ogg' });
    expect(sniff(Buffer.concat([Buffer.from('ID3'), Buffer.alloc(60)]), 'lyd.mp3')).toEqual({ kind: 'audio', mediaType: 'audio/mpeg' });
    expect(sniff(Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(60)]), 'lyd')).toEqual({ kind: 'audio', mediaType: 'audio/mpeg' });
    expect(sniff(wav(), 'x.txt')).toEqual({ kind: 'audio', mediaType: 'audio/wav' });
    expect(sniff(pdf(), 'x.docx')).toEqual({ kind: 'pdf', mediaType: 'application/pdf' });
  });

  it('takes old Word and Excel files only under their own names: the same container holds installers', () => {
    expect(sniff(cfb, 'brev.doc')).toEqual({ kind: 'document', mediaType: 'application/msword' });
    expect(sniff(cfb, 'liste.XLS')).toEqual({ kind: 'document', mediaType: 'application/vnd.ms-excel' });
    expect(sniff(cfb, 'oppsett.msi')).toBeUndefined();
  });

  it('knows spreadsheets and presentations, and refuses an OpenDocument look-alike', () => {
    const xlsx = zip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }]);
    expect(sniff(xlsx, 'liste.xlsx')?.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const pptx = zip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'ppt/presentation.xml', data: '<p/>' }]);
    expect(sniff(pptx, 'lysark.pptx')?.mediaType).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    const ods = zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }]);
    expect(sniff(ods, 'liste.ods')?.mediaType).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const template = zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text-template' }]);
    expect(sniff(template, 'mal.ott')).toBeUndefined();
    const epub = zip([{ name: 'mimetype', data: 'application/epub+zip' }]);
    expect(sniff(epub, 'bok.epub')).toBeUndefined();
  });

  it('refuses scripts and markup whatever they are called', () => {
    for (const [text, name] of [
      ['<svg xmlns="http://www.w3.org/2000/svg"/>', 'bilde.svg'],
      ['<?xml version="1.0"?><svg/>', 'bilde.png'],
      ['<html><body>hei</body></html>', 'side.pdf'],
      ['#!/bin/sh\nrm -rf /', 'skript.mp3'],
      ['MZ\u0090\u0000', 'program.jpg'],
    ] as const) {
      expect(sniff(Buffer.from(text, 'latin1'), name), name).toBeUndefined();
    }
  });
});
