/**
 * The substance (CAS number) of a declaration line, for the permit checks: the declared CAS when
 * there is one; else the substance of the permit the line cites; else what screening identifies
 * from the description, SMILES and tariff code (src/screening). Lines often omit the CAS, and
 * diversion hides behind exactly those lines.
 */
import { loadControlList, Screener, type ControlList } from '../screening/index.ts';
import type { DeclarationLine, Permit } from './model.ts';

export interface DescribedLine extends DeclarationLine {
  goodsDescription?: string | null;
  hsCode?: string | null;
  smiles?: string | null;
  /** Screening's verdict stored with the line at import, when there is one. */
  screened?: { verdict: string; substanceId: string | null } | null;
}

export type SubstanceIdentifier = (line: DescribedLine) => string | null;

let screener: Promise<Screener | null> | null = null;

/**
 * Screening's identification: the verdict stored with the line when it was imported (needs only
 * the control list), else a fresh screening of its description and SMILES (needs RDKit, loaded on
 * first use: `lines` tells whether any line needs it). Null when nothing can be loaded.
 */
export async function screeningIdentifier(
  lines: readonly DescribedLine[] = [],
): Promise<SubstanceIdentifier | null> {
  let list: ControlList;
  try {
    list = loadControlList();
  } catch {
    return null;
  }
  const needsScreener = lines.some((l) => !l.casNumber && !l.permitId && !l.screened);
  const ready = needsScreener ? await (screener ??= Screener.create(list).catch(() => null)) : null;
  const fromStored = (substanceId: string | null, verdict: string): string | null => {
    if (!substanceId || verdict === 'analog' || !list.byId.has(substanceId)) return null;
    return list.substance(substanceId).cas[0]?.number ?? null;
  };
  return (line) => {
    if (line.screened) return fromStored(line.screened.substanceId, line.screened.verdict);
    if (!ready || (!line.goodsDescription && !line.smiles)) return null;
    const result = ready.screen({
      declared_at: line.declaredAt,
      hs_code: line.hsCode ?? '',
      goods_description: line.goodsDescription ?? '',
      smiles: line.smiles ?? null,
      permit_id: line.permitId,
    });
    // An analog names its nearest controlled relative, which is not what the line carries.
    return result.substance ? fromStored(result.substance.id, result.verdict) : null;
  };
}

/** Fills in the CAS number of lines that do not state one. */
export function withSubstances<L extends DescribedLine>(
  lines: readonly L[],
  permits: readonly Permit[],
  identify: SubstanceIdentifier | null,
): L[] {
  return lines.map((line) => {
    if (line.casNumber) return line;
    const cited = line.permitId ? permits.find((p) => p.permitId === line.permitId) : undefined;
    const cas = cited?.substanceCas ?? identify?.(line) ?? null;
    return cas ? { ...line, casNumber: cas } : line;
  });
}
