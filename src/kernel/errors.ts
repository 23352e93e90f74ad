// Domain errors: typed values that the HTTP layer maps to problem+json and to Dutch pages in one place.
export type DomainErrorCode =
  'niet_gevonden' | 'geen_toegang' | 'niet_ingelogd' | 'ongeldige_invoer' | 'te_veel_pogingen';

const statusOf: Record<DomainErrorCode, number> = {
  niet_gevonden: 404,
  geen_toegang: 403,
  niet_ingelogd: 401,
  ongeldige_invoer: 400,
  te_veel_pogingen: 429,
};

export class DomainError extends Error {
  readonly status: number;
  constructor(
    readonly code: DomainErrorCode,
    /** A plain Dutch sentence for the person; never personal data. */
    readonly messageNl: string,
  ) {
    super(code);
    this.name = 'DomainError';
    this.status = statusOf[code];
  }
}

export const notFound = (what = 'Deze pagina') => new DomainError('niet_gevonden', `${what} bestaat niet (meer).`);
