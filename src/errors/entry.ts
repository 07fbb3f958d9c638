/** One entry of the error catalogue: a stable code's HTTP status and its message in both languages. */
export interface ErrorEntry {
  status: number;
  en: string;
  es: string;
}
