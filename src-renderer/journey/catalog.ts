/**
 * The procedure catalog as the kiosk ships it (assets/catalog), parsed with the shared zod schema when the
 * renderer starts. The build already refuses a malformed catalog (`npm run check:catalog`); parsing again
 * here means a hand-edited bundle can never show a half-valid procedure: it shows none and logs why.
 */
import catalogIndex from '../../assets/catalog/catalog.json';
import civilStatusExtract from '../../assets/catalog/civil-status-extract.json';
import birthRegistration from '../../assets/catalog/birth-registration.json';
import birthLinked from '../../assets/catalog/birth-linked.json';
import marriageRegistration from '../../assets/catalog/marriage-registration.json';
import maritalStatus from '../../assets/catalog/marital-status.json';
import deathRegistration from '../../assets/catalog/death-registration.json';
import residenceChange from '../../assets/catalog/residence-change.json';
import { parseCatalog, type Catalog, type Procedure } from '../../src-shared/catalog';

const FILES = {
  'civil-status-extract.json': civilStatusExtract,
  'birth-registration.json': birthRegistration,
  'birth-linked.json': birthLinked,
  'marriage-registration.json': marriageRegistration,
  'marital-status.json': maritalStatus,
  'death-registration.json': deathRegistration,
  'residence-change.json': residenceChange,
} as const;

export type CatalogLoad = { ok: true; catalog: Catalog } | { ok: false; errors: string[] };

let loaded: CatalogLoad | undefined;

/** The shipped catalog, parsed once. */
export function loadShippedCatalog(): CatalogLoad {
  loaded ??= parseCatalog(
    { name: 'catalog.json', json: catalogIndex },
    Object.entries(FILES).map(([name, json]) => ({ name, json })),
  );
  return loaded;
}

export function findProcedure(catalog: Catalog, id: string | undefined): Procedure | undefined {
  return id === undefined ? undefined : catalog.procedures.find((p) => p.id === id);
}
