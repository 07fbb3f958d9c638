/**
 * Vocabulary of the held-out style generator (`unseen.ts`): how real declarations name precursors
 * that the tuned set (`cases.ts`) never writes. Written from the chemistry, not from the control
 * list's synonyms, so that the generator can ask for spellings the list lacks.
 */

/**
 * Precursor-specific HS 2022 subheadings and what a line declared under them carries. `substanceId`
 * names the listed substance; subheadings for controlled classes the list has no entry for carry none.
 * Sources: research/precursors.md §2.2–2.4 (HS 2022 of each precursor; 2933.33/2933.34 fentanyls) and
 * §3.3 (Anexo 21 precursor fracciones 2924.23, 2932.91–94, 2939.61–63).
 */
export const PRECURSOR_SUBHEADINGS: readonly { code: string; substanceId?: string }[] = [
  { code: '2914.31', substanceId: 'p2p' },
  { code: '2939.41', substanceId: 'ephedrine' },
  { code: '2939.42', substanceId: 'pseudoephedrine' },
  { code: '2939.44', substanceId: 'norephedrine' },
  { code: '2933.36', substanceId: 'anpp' },
  { code: '2933.37', substanceId: 'npp' },
  { code: '2916.34', substanceId: 'phenylacetic-acid' },
  { code: '2926.40', substanceId: 'apaan' },
  { code: '2915.24', substanceId: 'acetic-anhydride' },
  { code: '2841.61', substanceId: 'potassium-permanganate' },
  { code: '2933.32', substanceId: 'piperidine' },
  { code: '2933.33' },
  { code: '2933.34' },
  { code: '2932.91' },
  { code: '2932.92' },
  { code: '2932.93' },
  { code: '2932.94' },
  { code: '2924.23' },
];

/** Descriptions that name nothing: the tariff code is the only clue. */
export const VAGUE_DESCRIPTIONS = [
  'Producto químico orgánico',
  'Organic chemical, n.o.s.',
  'Intermedio de síntesis, ver factura',
  'Materia prima farmacéutica',
  'Compuesto orgánico (ficha técnica adjunta)',
  'Chemical reagent, 25 kg drum',
  'Mercancía según factura comercial',
  'Raw material for pharmaceutical use',
  'MUESTRA DE PRODUCTO QUIMICO',
  'Industrial chemical - see packing list',
];

/**
 * IUPAC-style, hydrate (gem-diol) and salt names of listed substances, as suppliers and brokers
 * write them.
 */
export const SYSTEMATIC_SYNONYMS: Record<string, readonly string[]> = {
  '4-piperidone': [
    '4,4-Piperidinediol hydrochloride',
    'piperidine-4,4-diol HCl',
    '4,4-dihidroxipiperidina clorhidrato',
    '4,4-piperidinadiol clorhidrato',
    'piperidin-4-one;hydrochloride;hydrate',
    '4-Piperidinone monohydrate hydrochloride',
    '4-oxo-piperidine HCl H2O',
  ],
  npp: [
    '1-(2-phenylethyl)-4-piperidinone',
    '1-(2-feniletil)-4-piperidinona',
    'N-(2-phenylethyl)piperidin-4-one',
    '1-phenethylpiperidin-4-one hydrochloride',
  ],
  anpp: ['1-phenethyl-N-phenylpiperidin-4-amine', 'N-phenyl-1-phenethylpiperidin-4-amine dihydrochloride'],
  '4-ap': [
    'N-phenylpiperidin-4-amine;dihydrochloride',
    'N-fenilpiperidin-4-amina diclorhidrato',
    '4-anilinopiperidine 2HCl',
    'piperidin-4-yl(phenyl)amine',
  ],
  '1-boc-4-piperidone': [
    'N-(tert-butoxycarbonyl)-4-piperidone',
    '1-(tert-butoxycarbonyl)piperidin-4-one',
    'tert-butyl 4-oxo-1-piperidinecarboxylate',
    '4-oxo-1-piperidinacarboxilato de terc-butilo',
  ],
  '1-boc-4-ap': ['1-(tert-butoxycarbonyl)-4-anilinopiperidine', '4-anilino-1-boc-piperidine'],
  norfentanyl: ['N-phenyl-N-4-piperidinylpropanamide', 'N-(piperidin-4-yl)-N-phenylpropionamide'],
  p2p: ['phenyl-2-propanone', 'fenil-2-propanona', '1-phenylacetone', 'methyl benzyl ketone (BMK)'],
  'phenylacetic-acid': [
    'sodium phenylacetate',
    'fenilacetato de sodio',
    'benzeneacetic acid, sodium salt',
    '2-phenylethanoic acid',
    'ácido 2-feniletanoico',
  ],
  ephedrine: [
    'erythro-2-(methylamino)-1-phenylpropan-1-ol',
    '(1R,2S)-2-methylamino-1-phenyl-1-propanol hydrochloride',
    'ephedrine hydrochloride hemihydrate',
    'clorhidrato de l-efedrina',
  ],
  pseudoephedrine: [
    'threo-2-(methylamino)-1-phenylpropan-1-ol',
    'pseudoephedrine sulphate',
    'd-pseudoefedrina sulfato',
    '(+)-pseudoephedrine HCl',
  ],
  norephedrine: [
    'phenylpropanolamine hydrochloride',
    'dl-norephedrine HCl',
    'clorhidrato de fenilpropanolamina',
  ],
  apaan: ['alpha-acetylphenylacetonitrile', '3-oxo-2-fenilbutanonitrilo', '2-phenyl-3-oxobutyronitrile'],
  apaa: ['2-phenylacetoacetamide', '3-oxo-2-fenilbutanamida'],
  mapa: ['methyl 2-phenylacetoacetate', 'methyl 2-phenyl-3-oxobutanoate'],
  'acetic-anhydride': ['acetyl acetate', 'acetic oxide', 'óxido acético', 'anhídrido del ácido acético'],
  'potassium-permanganate': [
    'potassium manganate(VII)',
    'permanganic acid, potassium salt',
    'manganato(VII) de potasio',
  ],
  methylamine: [
    'methylammonium chloride',
    'methylamine 40% aqueous solution',
    'metilamina solución acuosa 40%',
    'cloruro de metilamonio',
  ],
  'propionyl-chloride': ['propionic acid chloride', 'cloruro del ácido propiónico'],
  piperidine: ['azacyclohexane', 'pentamethyleneimine'],
};

/** BMK and PMK glycidates that no list names (designer precursors), by name and by structure. */
export const GLYCIDATE_NAMES: readonly string[] = [
  'BMK ethyl glycidate',
  'BMK glycidate ethyl ester',
  'glicidato de etilo de BMK',
  'PMK glycidate',
  'PMK methyl glycidate',
  'PMK ethyl glycidate',
  'glicidato de PMK',
  'PMK glicidato de metilo',
  'ethyl 2-methyl-3-phenyloxirane-2-carboxylate',
  'ethyl 3-phenyl-2-methylglycidate',
  'methyl 3-(1,3-benzodioxol-5-yl)-2-methyloxirane-2-carboxylate',
  '3-(1,3-benzodioxol-5-il)-2-metiloxirano-2-carboxilato de etilo',
  'BMK glycidate isopropyl ester',
  'ethyl 3-oxo-2-phenylbutanoate',
  'ethyl 2-phenylacetoacetate (EAPA)',
];

export const GLYCIDATE_STRUCTURES: readonly { name: string; smiles: string }[] = [
  { name: 'BMK ethyl glycidate', smiles: 'CCOC(=O)C1(C)OC1c1ccccc1' },
  { name: 'BMK isopropyl glycidate', smiles: 'CC(C)OC(=O)C1(C)OC1c1ccccc1' },
  { name: 'BMK tert-butyl glycidate', smiles: 'CC(C)(C)OC(=O)C1(C)OC1c1ccccc1' },
  { name: 'BMK propyl glycidate', smiles: 'CCCOC(=O)C1(C)OC1c1ccccc1' },
  { name: 'PMK methyl glycidate', smiles: 'COC(=O)C1(C)OC1c1ccc2OCOc2c1' },
  { name: 'PMK ethyl glycidate', smiles: 'CCOC(=O)C1(C)OC1c1ccc2OCOc2c1' },
  { name: 'PMK glycidic acid sodium salt', smiles: '[Na+].[O-]C(=O)C1(C)OC1c1ccc2OCOc2c1' },
  { name: '4-methyl BMK methyl glycidate', smiles: 'COC(=O)C1(C)OC1c1ccc(C)cc1' },
  { name: 'BMK benzyl glycidate', smiles: 'CC1(C(=O)OCc2ccccc2)OC1c1ccccc1' },
];

/** Chemicals near the precursors by name or structure that must stay clear. */
export const NEAR_MISS_NEGATIVES: readonly { hs: string; name: string; smiles?: string }[] = [
  {
    hs: '2918.99',
    name: 'Aldehído C-16 (metilfenilglicidato de etilo), aroma fresa',
    smiles: 'CCOC(=O)C1OC1(C)c1ccccc1',
  },
  { hs: '2918.99', name: 'Ethyl 3-methyl-3-phenylglycidate (strawberry aldehyde)' },
  { hs: '2914.39', name: 'Acetofenona grado perfumería', smiles: 'CC(=O)c1ccccc1' },
  { hs: '2914.39', name: 'Propiophenone 99%', smiles: 'CCC(=O)c1ccccc1' },
  { hs: '2933.59', name: 'Piperazine citrate', smiles: 'C1CNCCN1' },
  { hs: '2933.59', name: 'Piperacina hexahidrato' },
  { hs: '2912.29', name: 'Phenylacetaldehyde 50% in benzyl alcohol', smiles: 'O=CCc1ccccc1' },
  { hs: '2915.39', name: 'Acetato de feniletilo', smiles: 'CC(=O)OCCc1ccccc1' },
  { hs: '2939.49', name: 'Cafeína anhidra USP', smiles: 'Cn1cnc2c1c(=O)n(C)c(=O)n2C' },
  { hs: '2922.49', name: 'Phenylalanine, food grade', smiles: 'N[C@@H](Cc1ccccc1)C(=O)O' },
  { hs: '2922.50', name: 'Phenylephrine hydrochloride', smiles: 'CNC[C@H](O)c1cccc(O)c1' },
  { hs: '2921.42', name: 'N-metilanilina técnica' },
  { hs: '2916.31', name: 'Benzoato de sodio conservador' },
  { hs: '2915.90', name: 'Ácido propiónico y sus sales (propionato de calcio)' },
  { hs: '2912.41', name: 'Vainillina sintética' },
  { hs: '2933.39', name: 'Isonipecotamide' },
  { hs: '2922.19', name: 'Trietanolamina 85%' },
  { hs: '2905.16', name: '2-Ethylhexanol' },
  { hs: '2926.90', name: 'Benzonitrilo', smiles: 'N#Cc1ccccc1' },
  { hs: '2924.29', name: 'Acetoacetanilida (AAA) para pigmentos', smiles: 'CC(=O)CC(=O)Nc1ccccc1' },
];

/** Ordinary goods, written as brokers write them. */
export const CLEAR_GOODS_UNSEEN: readonly [string, string][] = [
  ['8481.80', 'VALVULAS DE BOLA DE ACERO INOXIDABLE'],
  ['3923.30', 'Botellas PET 1 L, vacías'],
  ['8544.49', 'Cable eléctrico de cobre, carretes'],
  ['2008.99', 'Mango deshidratado en rodajas'],
  ['3926.90', 'Plastic parts for automotive interior'],
  ['8413.70', 'Centrifugal pumps, cast iron'],
  ['2202.99', 'Bebida energética en lata'],
  ['3304.99', 'Crema hidratante facial'],
  ['3917.32', 'Manguera de PVC reforzada'],
  ['9018.39', 'Catéteres desechables estériles'],
  ['2940.00', 'Sucralose food grade'],
  ['2905.44', 'Sorbitol 70% solución'],
  ['2917.12', 'Ácido adípico'],
  ['3907.61', 'Resina PET grado botella'],
  ['2923.10', 'Cloruro de colina 60%'],
];
