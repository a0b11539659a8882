import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; import { readFileSync } from 'node:fs';
const nlp = winkNLP(model); const its = nlp.its;
for (const f of ['train','dev']) for (const line of readFileSync(`/work/shared/eval/polnear-${f}.jsonl`,'utf8').trim().split('\n')) {
  const d = JSON.parse(line);
  const re = /[^.!?\n]*\b(found|general (said|says|told|wrote|concluded|reported|added|noted|testified|announced|warned))\b[^.!?\n]*[.!?]?/g;
  for (const m of d.text.matchAll(re)) {
    const doc = nlp.readDoc(m[0]); const toks = doc.tokens();
    toks.each((t,i) => { const v=t.out(); const p=t.out(its.pos);
      if ((/^(found|said|says|told|wrote|concluded|reported|added|noted|testified|announced|warned)$/.test(v)) && p!=='VERB' && p!=='AUX') { const prev = i>0?toks.itemAt(i-1):null; console.log(f, d.id.slice(0,30), `${prev?.out()}/${prev?.out(its.pos)} ${v}/${p} ${toks.itemAt(i+1)?.out()}`, '|', m[0].trim().slice(0,160)); } });
  }
}
