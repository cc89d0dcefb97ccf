import type { Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { AutoDirection } from './auto-direction';

/** The lesson editor's schema: what core's sanitiser allows is exactly what these produce. */
export const lessonExtensions = (): Extensions => [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    link: { openOnClick: false, autolink: true, protocols: ['mailto', 'tel'], defaultProtocol: 'https' },
  }),
  TableKit.configure({ table: { resizable: false } }),
  Image.configure({ allowBase64: true }),
  AutoDirection,
];
