// Whether a written syllable can be Vietnamese, by rule rather than by dictionary (no word list to
// license or ship): onset + rhyme + tone. A syllable is an onset (b, ch, gh, ngh, qu…), a rhyme
// from the closed set of Vietnamese rhymes (a, oa, uyên, ương…) and one tone mark; a rhyme that
// ends in -c, -ch, -p or -t takes only the sắc or nặng tone; k, gh, ngh come only before i, e, ê
// (and c, g, ng never do). "viêc" (no tone on a -c rhyme), "ngiên" (ng before i), "cơng" (no
// rhyme "ơng") and "họcsinh" (two syllables glued) fail; every syllable of the language passes.
// Sources: Đoàn Thiện Thuật, Ngữ âm tiếng Việt (NXB ĐHQG Hà Nội), the rhyme table (vần) of the
// primary-school Tiếng Việt 1 textbook; the spelling rules for c/k, g/gh, ng/ngh are the schools'.

export type Tone = 'ngang' | 'huyen' | 'sac' | 'hoi' | 'nga' | 'nang';

const TONE_MARKS: Record<string, Tone> = { '\u0300': 'huyen', '\u0301': 'sac', '\u0309': 'hoi', '\u0303': 'nga', '\u0323': 'nang' };

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Every Vietnamese rhyme (vần) without its tone, medial glide included. */
const RHYMES = new Set(
  `a ai ao au ay ac ach am an ang anh ap at
ă ăc ăm ăn ăng ăp ăt
â âu ây âc âm ân âng âp ât
e eo ec em en eng ep et
ê êu êch êm ên ênh êp êt
i ia iu ich im in inh ip it
iê iêu iêc iêm iên iêng iêp iêt
yê yêu yêm yên yêng yêt y
o oi oc om on ong op ot ooc oong
ô ôi ôc ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua ui uc um un ung up ut
uô uôi uôc uôm uôn uông uôt
ư ưa ưi ưu ưc ưm ưn ưng ưt
ươ ươi ươu ươc ươm ươn ương ươp ươt
oa oai oao oay oac oach oam oan oang oanh oap oat
oă oăc oăm oăn oăng oăt
oe oeo oec oen oet
uâ uân uâng uât uây
uê uêch uênh
uy uya uyu uych uyn uynh uyp uyt uyên uyêt uơ`.split(/\s+/u),
);

/** Letters a Vietnamese syllable is written with (lower case, without tone marks). */
const VIETNAMESE_LETTERS = /^[a-eg-ik-vxyăâêôơưđ]+$/u;

export interface SyllableCheck {
  valid: boolean;
  /** Why not, for messages: 'letters' (not Vietnamese letters), 'tones' (two tone marks), 'rhyme', 'tone', 'spelling'. */
  reason?: 'letters' | 'tones' | 'rhyme' | 'tone' | 'spelling';
}

/** The base letters (NFC, lower case, tone removed) and the tone of one syllable. */
export function splitTone(syllable: string): { base: string; tone: Tone; tones: number } {
  let tone: Tone = 'ngang';
  let tones = 0;
  const base = syllable
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0309\u0303\u0323]/gu, (m) => {
      tone = TONE_MARKS[m]!;
      tones++;
      return '';
    })
    .normalize('NFC');
  return { base, tone, tones };
}

/**
 * Answers by syllable: a plan's few thousand words are a few hundred syllables, and a repository's
 * plans share most of them, while one check costs two Unicode normalisations. Bounded, so an odd
 * repository of foreign text cannot grow it without end; the answers are frozen (shared).
 */
const checked = new Map<string, SyllableCheck>();
const CHECKED_MAX = 20_000;

/** Checks one syllable (any case). */
export function checkSyllable(syllable: string): SyllableCheck {
  let answer = checked.get(syllable);
  if (!answer) {
    answer = Object.freeze(checkSyllableNow(syllable));
    if (checked.size >= CHECKED_MAX) checked.clear();
    checked.set(syllable, answer);
  }
  return answer;
}

function checkSyllableNow(syllable: string): SyllableCheck {
  const { base, tone, tones } = splitTone(syllable);
  if (!VIETNAMESE_LETTERS.test(base)) return { valid: false, reason: 'letters' };
  if (tones > 1) return { valid: false, reason: 'tones' };
  let best: SyllableCheck = { valid: false, reason: 'rhyme' };
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    let rhyme = base.slice(onset.length);
    // "gi" + rhyme: "gì", "giữ", "giêng" (the i of gi is the onset's); "qu" carries the glide.
    if (onset === 'gi' && rhyme === '') rhyme = 'i';
    // After qu the glide u is the onset's: "quý", "quỳnh", "quýt" are qu + the rhymes uy, uynh, uyt.
    const known = RHYMES.has(rhyme) || (onset === 'qu' && rhyme.startsWith('y') && RHYMES.has(`u${rhyme}`));
    if (rhyme === '' || !known) continue;
    if (onset === 'qu' && /^[uoư]/u.test(rhyme)) continue;
    if (onset === 'gi' && /^i/u.test(rhyme) && rhyme !== 'i') continue;
    const front = /^[ieêy]/u.test(rhyme);
    // k, gh, ngh only before i, e, ê (y); c, ng never before them, g not before e, ê ("gi…" is the gi onset).
    if (((onset === 'k' || onset === 'gh' || onset === 'ngh') && !front) || ((onset === 'c' || onset === 'ng') && /^[ieê]/u.test(rhyme)) || (onset === 'g' && /^[eê]/u.test(rhyme))) {
      best = { valid: false, reason: 'spelling' };
      continue;
    }
    if (/(?:c|ch|p|t)$/u.test(rhyme) && tone !== 'sac' && tone !== 'nang') {
      best = { valid: false, reason: 'tone' };
      continue;
    }
    return { valid: true };
  }
  return best;
}

/** The word has a Vietnamese diacritic (a vowel mark, a tone mark or đ). */
export function hasDiacritic(word: string): boolean {
  return /[^\u0000-\u007f]/u.test(word);
}

/**
 * A glued pair ("họcsinh", "côngtác"): the word splits into two valid syllables, the first ending
 * where a consonant onset of the second begins. Returns the split or undefined.
 */
export function splitGlued(word: string): [string, string] | undefined {
  // The longest first syllable first: a final consonant belongs to it ("muốn gửi", not "muố
  // ngửi", unseen 05), as "muố" passes the rhyme table only for its open "uô".
  for (let i = word.length - 2; i >= 2; i--) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (!/^[bcdđghklmnpqrstvx]/u.test(b.toLocaleLowerCase('vi'))) continue;
    if (checkSyllable(a).valid && checkSyllable(b).valid && (hasDiacritic(a) || hasDiacritic(b))) return [a, b];
  }
  return undefined;
}
