import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../src-shared/catalog';
import type { Language } from '../../src-shared/config/kiosk-config';
import { Tile } from '../ui';

export interface ProcedureTilesProps {
  procedures: readonly Procedure[];
  language: Language;
  onChoose(procedureId: string): void;
}

/** The start screen's large procedure tiles: short name, the formal name, and about how long it takes. */
export function ProcedureTiles({ procedures, language, onChoose }: ProcedureTilesProps) {
  const { t } = useTranslation();
  return (
    <section className="procedure-tiles" aria-labelledby="procedure-tiles-heading">
      <h2 id="procedure-tiles-heading">{t('journey.tiles.heading')}</h2>
      <ul className="procedure-tiles__list">
        {procedures.map((p) => (
          <li key={p.id}>
            <Tile
              title={p.shortTitle[language]}
              description={`${p.title[language]} · ${t('journey.overview.minutes', { count: p.estimatedMinutes })}`}
              onClick={() => onChoose(p.id)}
              data-procedure={p.id}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
