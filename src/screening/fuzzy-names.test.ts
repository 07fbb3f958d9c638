import { describe, expect, it } from 'vitest';
import { loadControlList } from './control-list.ts';
import { editBudget } from './fuzzy-names.ts';
import { NameIndex } from './name-index.ts';

const list = loadControlList();
const index = new NameIndex(
  list.file.substances.flatMap((s) =>
    [s.name.en, s.name.es, ...s.synonyms].map((name) => ({ substanceId: s.id, name })),
  ),
  list.file.benignVocabulary,
  list.file.benignPhrases,
);
const found = (text: string): string[] => index.find(text).map((m) => m.substanceId);

describe('whole-name fuzzy matching', () => {
  it('allows edits by the length of the name: 2 from 10 letters, 1 from 7, none below', () => {
    expect([editBudget('4piperidona'), editBudget('efedrina'), editBudget('p2p')]).toEqual([2, 1, 0]);
  });

  it('catches two typing errors in long names, swaps counted as one', () => {
    expect(found('4 piipeeridona')).toEqual(['4-piperidone']);
    expect(found('Reactivo: norefntanly para síntesis')).toEqual(['norfentanyl']);
    expect(found('ÁCCIDO YODHÍRDICO')).toEqual(['hydriodic-acid']);
    expect(found('4- PEHNYLMINO PIPERIDINE')).toEqual(['4-ap']);
  });

  it('prefers the longer name a misspelling covers over a shorter exact one inside it', () => {
    expect(found('acetic acid anyride')).toEqual(['acetic-anhydride']);
    expect(found('bmk methyll gkycidate')).toEqual(['bmk-methyl-glycidate']);
  });

  it('reads words split or joined by punctuation', () => {
    expect(found('4 oxo piperidine HCl H2O')).toEqual(['4-piperidone']);
  });

  it('never turns a benign chemical, another locant or a longer chemical into a listed one', () => {
    for (const text of [
      'Piperacina hexahidrato',
      'Piperazine citrate',
      'Dimethylamine solution 40%',
      'Ethylamine hydrochloride',
      'Acetato de sodio',
      '3-piperidona',
      'Acetoacetanilida para pigmentos',
    ])
      expect(found(text), text).toEqual([]);
    expect(found('clorhidrato de fenilamina')).toEqual(['aniline']);
  });
});
