/** The areas of the app, in menu order; later issues fill the ones that are placeholders now. */
export const navigation = [
  { path: '/', key: 'overview', icon: '⌂' },
  { path: '/week', key: 'week', icon: '▦' },
  { path: '/goals', key: 'goals', icon: '◇' },
  { path: '/classes', key: 'classes', icon: '◎' },
  { path: '/participants', key: 'participants', icon: '☺' },
  { path: '/staff', key: 'staff', icon: '✦' },
  { path: '/practice', key: 'practice', icon: '⚒' },
  { path: '/materials', key: 'materials', icon: '▣' },
  { path: '/glossaries', key: 'glossaries', icon: '✎' },
  { path: '/translations', key: 'translations', icon: '⇄' },
  { path: '/plans', key: 'plansForMe', icon: '☰' },
  { path: '/assessment', key: 'assessment', icon: '◔' },
  { path: '/documents', key: 'documents', icon: '▤' },
  { path: '/verify', key: 'verify', icon: '✓' },
  { path: '/privacy', key: 'privacy', icon: '⛨' },
  { path: '/settings', key: 'settings', icon: '⚙' },
] as const;

export type AreaKey = (typeof navigation)[number]['key'];
