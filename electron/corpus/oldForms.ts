import type { CharSlip } from './charSlip.js';

/**
 * Old (旧字体) kanji forms and their modern (新字体) forms, pairwise: the 康熙字典体 that the 常用漢字表 (1981/2010)
 * prints in brackets beside its own form, and that JIS X 0208 codes apart (圈/圏, 關/関, 國/国 …) — the common ones of
 * administrative prose, not an exhaustive table. A report types the modern form; an old form in its text is most often
 * an OCR reading (the scanner's font matches the older shape) or a conversion slip, unless it is a name written so on
 * purpose (宮澤賢治, 龍泉洞, a shop's 齋藤).
 */
const OLD =
  '亞惡壓圍醫爲壹隱營榮衞驛圓鹽奧應歐毆假價畫會壞懷繪擴覺學樂勸卷歡關觀顏氣歸僞戲犧舊據擧峽狹曉區驅勳徑惠經繼輕鷄藝缺儉劍圈檢權獻縣險顯驗嚴效廣恆鑛號國濟碎齋劑雜參慘棧蠶贊殘絲齒兒辭濕實寫釋壽收從澁獸縱肅處敍將燒稱證乘剩壤孃條淨狀疊讓釀觸寢愼眞盡圖粹醉隨髓數樞聲靜齊攝竊專戰淺潛纖踐錢禪雙壯搜插爭總聰莊裝騷藏臟屬續墮體對帶滯臺瀧擇澤單擔膽團彈斷癡遲晝蟲鑄廳聽鎭遞鐵轉點傳黨盜燈當鬪德獨讀屆繩貳惱腦廢拜賣麥發髮拔蠻祕濱拂佛竝變邊辯瓣辨舖寶豐沒飜每萬滿默餠譯藥與豫餘譽搖樣謠來賴亂覽龍兩獵綠壘勵禮隸靈齡戀爐勞樓錄灣黑櫻';
const NEW =
  '亜悪圧囲医為壱隠営栄衛駅円塩奥応欧殴仮価画会壊懐絵拡覚学楽勧巻歓関観顔気帰偽戯犠旧拠挙峡狭暁区駆勲径恵経継軽鶏芸欠倹剣圏検権献県険顕験厳効広恒鉱号国済砕斎剤雑参惨桟蚕賛残糸歯児辞湿実写釈寿収従渋獣縦粛処叙将焼称証乗剰壌嬢条浄状畳譲醸触寝慎真尽図粋酔随髄数枢声静斉摂窃専戦浅潜繊践銭禅双壮捜挿争総聡荘装騒蔵臓属続堕体対帯滞台滝択沢単担胆団弾断痴遅昼虫鋳庁聴鎮逓鉄転点伝党盗灯当闘徳独読届縄弐悩脳廃拝売麦発髪抜蛮秘浜払仏並変辺弁弁弁舗宝豊没翻毎万満黙餅訳薬与予余誉揺様謡来頼乱覧竜両猟緑塁励礼隷霊齢恋炉労楼録湾黒桜';

const MODERN = new Map<string, string>([...OLD].map((c, k) => [c, [...NEW][k]]));
/** Every old form as one bit of a table by UTF-16 unit (all are in the BMP), for the test below. */
const OLD_BITS = new Uint8Array(0x10000);
for (const c of OLD) OLD_BITS[c.charCodeAt(0)] = 1;
/**
 * The cheap test that rules a line out (most lines hold no old form): a table look-up per character, several times
 * faster than a character class of 255 kanji.
 */
export function hasOldForm(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (OLD_BITS[text.charCodeAt(k)]) return true;
  return false;
}
const ANY_OLD_FORM_G = new RegExp(`[${OLD}]`, 'g');
const HAN = /\p{Script=Han}/u;

/** The modern spelling of a text: each old form replaced by its modern one. */
export function modernForm(text: string): string {
  return text.replace(ANY_OLD_FORM_G, (c) => MODERN.get(c)!);
}

/**
 * Whether a record writes a word somewhere: the record's text joined once, on the first question (most records
 * hold no old form and never ask).
 */
export function recordWrites(lines: readonly string[], first: number, last: number): (word: string) => boolean {
  let text: string | null = null;
  return (word) => (text ??= lines.slice(first, last + 1).join('\n')).includes(word);
}

/**
 * Old forms in a text, warned only when the record itself writes the same word in the modern form: a stretch of kanji
 * holding the old form and at least one more (圈域 where the line also has 圏域, 關係 in a report that writes 関係
 * elsewhere). A proper name kept in its old form (宮澤賢治, 龍泉洞) has no modern twin in its report and is left alone;
 * a lone old kanji beside no kanji is no word to compare and is left alone too. The slip is the run of kanji around the
 * old form (up to three each side: 生活圈域), once per run and text; `evidence` is the longest modern stretch of it
 * the record writes.
 */
export function oldFormSlips(text: string, writes: (word: string) => boolean, around: (index: number, length: number) => string): CharSlip[] {
  const slips: CharSlip[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(ANY_OLD_FORM_G)) {
    const at = m.index;
    let start = at;
    let end = at + 1;
    while (start > 0 && at - start < 3 && HAN.test(text[start - 1])) start--;
    while (end < text.length && end - at < 4 && HAN.test(text[end])) end++;
    const written = text.slice(start, end);
    if (end - start < 2 || seen.has(written)) continue;
    seen.add(written);
    const evidence = stretches(start, at, end).map(([s, e]) => modernForm(text.slice(s, e))).find(writes);
    if (evidence) slips.push({ code: 'ocr_old_form', written, suggested: modernForm(written), context: around(start, end - start), evidence });
  }
  return slips;
}

/** The stretches [s, e) of at least two characters within [start, end) that hold `at`, longest first. */
function stretches(start: number, at: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (let s = start; s <= at; s++) for (let e = at + 1; e <= end; e++) if (e - s >= 2) out.push([s, e]);
  return out.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
}
