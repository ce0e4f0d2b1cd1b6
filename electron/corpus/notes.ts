/**
 * The form's own instructions to the writer, told apart from the writer's answer by their form: a "※" remark in the
 * imperative of filling in the form ("※会議の開催回数や参加者等を記載", "※実施している事業の右側に○を記入してください。",
 * "※事業ごとに記載してください")
 * or a worked example ("※記入例 直営:1か所, 委託:2か所(社協)", to the end of its cell). A writer's own "※" remark
 * ("※うち3回は…", "※1月末時点") is neither and stays in the value.
 */
const INSTRUCTION = /※\s*(?:記入例[^\n]*|[^※。、\n/]{1,40}?を(?:記載|記入)(?:してください|して下さい|すること)?。?(?=[\s/]|$)|[^※。、\n/]{1,40}?(?:記載|記入)(?:してください|して下さい|すること)。?(?=[\s/]|$))/g;

/** A value without the form's instructions, and the instructions themselves (null when there are none). */
export function splitNote(value: string): { value: string; note: string | null } {
  if (!value.includes('※')) return { value, note: null };
  const notes: string[] = [];
  const rest = value.replace(INSTRUCTION, (m) => {
    notes.push(m.trim());
    return '\u0000';
  });
  if (notes.length === 0) return { value, note: null };
  // Where an instruction stood, the separators around it (" / ", a line break, spaces) go with it.
  const parts = rest.split('\u0000');
  const answer = parts
    .map((part, k) => {
      let p = k > 0 ? part.replace(/^[\s/]+/, '') : part;
      if (k < parts.length - 1) p = p.replace(/[\s/]+$/, '');
      return p;
    })
    .filter(Boolean)
    .join('\n');
  return { value: answer, note: notes.join('\n') };
}
