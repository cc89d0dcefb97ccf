import type { Random } from './random';

/*
 * Fictional people. Given and family names are common names combined at random, in the
 * script a person would write them in; nobody here is real. Seed data from real
 * organisations is never used.
 */
interface NamePool {
  languages: readonly string[];
  given: readonly string[];
  family: readonly string[];
}

const pools: readonly NamePool[] = [
  {
    languages: ['ar'],
    given: ['ليلى', 'عمر', 'سلمى', 'يوسف', 'مريم', 'خالد', 'نور', 'حسن', 'رنا', 'سامي', 'هدى', 'كريم'],
    family: ['حداد', 'الخطيب', 'ناصر', 'سليمان', 'عباس', 'يوسف', 'حمدان', 'صالح', 'قاسم', 'منصور'],
  },
  {
    languages: ['ti'],
    given: ['ሄለን', 'ዳዊት', 'ሰላም', 'ዮናስ', 'ሳባ', 'ሚካኤል', 'ኤልሳ', 'ብርሃነ', 'ፍረወይኒ', 'ተስፋይ'],
    family: ['ተስፋይ', 'ገብረሚካኤል', 'ኪዳነ', 'በርሀ', 'ሃይለ', 'ወልደ', 'መሓሪ', 'ገብሩ'],
  },
  {
    languages: ['prs', 'fa'],
    given: ['فریبا', 'احمد', 'زهرا', 'محمود', 'شبنم', 'نوید', 'مرسل', 'فرید'],
    family: ['رحیمی', 'نوری', 'احمدی', 'کریمی', 'حیدری', 'صدیقی', 'امیری'],
  },
  {
    languages: ['so'],
    given: ['Hodan', 'Abdi', 'Ayaan', 'Faisal', 'Sahra', 'Liban', 'Idil', 'Mahad', 'Ubah', 'Bashir'],
    family: ['Warsame', 'Farah', 'Jama', 'Hirsi', 'Osman', 'Ali', 'Yusuf', 'Egal'],
  },
  {
    languages: ['ckb', 'kmr'],
    given: ['Rezan', 'Shilan', 'Dilan', 'Aram', 'Nazdar', 'Baran', 'Hevi', 'Zana'],
    family: ['Ahmed', 'Rasul', 'Karim', 'Mustafa', 'Hamad', 'Aziz'],
  },
  {
    languages: ['uk'],
    given: ['Олена', 'Андрій', 'Ірина', 'Микола', 'Оксана', 'Дмитро', 'Наталія', 'Сергій'],
    family: ['Коваленко', 'Шевченко', 'Бондаренко', 'Ткаченко', 'Мельник', 'Кравчук'],
  },
  {
    languages: ['sw'],
    given: ['Neema', 'Baraka', 'Amani', 'Zawadi', 'Juma', 'Imani', 'Furaha'],
    family: ['Mwangi', 'Otieno', 'Kamau', 'Wanjiru', 'Mutua', 'Njoroge'],
  },
];

const staffGiven = ['Ingrid', 'Ola', 'Kari', 'Nils', 'Sigrid', 'Håkon', 'Marit', 'Øystein', 'Åse', 'Leif', 'Tone', 'Bjørn'];
const staffFamily = ['Haugland', 'Berg', 'Dahl', 'Lie', 'Moen', 'Solheim', 'Strand', 'Nygård', 'Ødegård', 'Aasen'];

export interface FictionalPerson {
  givenName: string;
  familyName: string;
  motherTongues: string[];
}

export function fictionalParticipant(random: Random): FictionalPerson {
  const pool = random.pick(pools);
  const first = random.pick(pool.languages);
  const second = pool.languages.find((language) => language !== first);
  return {
    givenName: random.pick(pool.given),
    familyName: random.pick(pool.family),
    motherTongues: second && random.chance(0.2) ? [first, second] : [first],
  };
}

export const fictionalStaffName = (random: Random): string => `${random.pick(staffGiven)} ${random.pick(staffFamily)}`;

/** An assistant writes their name in their own script; the pool says which languages they cover. */
export function fictionalAssistant(random: Random): { name: string; languages: string[] } {
  const pool = random.pick(pools);
  return { name: `${random.pick(pool.given)} ${random.pick(pool.family)}`, languages: [...pool.languages] };
}

const siteKinds = ['Barnehage', 'Sykehjem', 'Kantine', 'Lager', 'Hotell', 'Verksted', 'Butikk', 'Renhold'];
const siteNames = ['Solsiden', 'Fjellro', 'Havblikk', 'Lia', 'Furutoppen', 'Bekkestua', 'Nordlys', 'Elvebakken', 'Granly', 'Sentrum'];

export const fictionalSiteName = (random: Random, index: number): string =>
  `${random.pick(siteNames)} ${random.pick(siteKinds).toLowerCase()} ${index + 1}`;

/** A valid but unassigned-looking organisation number: 9 digits with the mod-11 check digit. */
export function fictionalOrgNumber(random: Random): string | null {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [9, ...Array.from({ length: 7 }, () => random.int(10))];
    const remainder = digits.reduce((sum, digit, index) => sum + digit * (weights[index] ?? 0), 0) % 11;
    const check = remainder === 0 ? 0 : 11 - remainder;
    if (check !== 10) return [...digits, check].join('');
  }
}
