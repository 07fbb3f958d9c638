export { casCheckDigit, isValidCas, parseCas, formatCas } from './cas.ts';
export { iso6346CheckDigit, isValidContainerNumber } from './iso6346.ts';
export { imoCheckDigit, isValidImo } from './imo.ts';
export { rfcCheckDigit, validateRfc, type RfcKind, type RfcValidation } from './rfc.ts';
export { formatPedimento, parsePedimento, isValidPedimento, type Pedimento } from './pedimento.ts';
export { gs1CheckDigit, isValidGln } from './gs1.ts';
