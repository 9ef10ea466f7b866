import { useEffect } from 'react';
import type { Catalog } from '../../src-shared/catalog';
import { MAX_ATTACHMENTS_PER_APPLICATION } from '../../src-shared/files';
import { useKioskStore } from '../state/kiosk-store';
import { useDeviceStore } from '../device/device-store';
import { useJourneyStore, type JourneyStep } from '../state/journey-store';
import { useSessionStore } from '../state/session-store';
import { findProcedure } from './catalog';
import { CheckAnswersScreen } from './CheckAnswersScreen';
import { ConfirmationScreen } from './ConfirmationScreen';
import { ContactScreen } from './ContactScreen';
import { DeclarationScreen } from './DeclarationScreen';
import { DocumentScreen } from './DocumentScreen';
import { OverviewScreen } from './OverviewScreen';
import { QuestionScreen } from './QuestionScreen';
import { useJourneyNavigation } from './useJourneyNavigation';
import type { KioskInfo } from '../../src-shared/bridge/kiosk-bridge';
import type { Procedure } from '../../src-shared/catalog';
import './journey.css';

function stepKey(step: JourneyStep): string {
  return step.kind === 'page' ? `page:${step.pageId}` : step.kind === 'documents' ? `documents:${step.slotId}` : step.kind;
}

/** Each new step starts at the top with focus on the page, so a screen reader reads it from its heading. */
function useFocusOnStep(key: string) {
  useEffect(() => {
    window.scrollTo?.(0, 0);
    document.getElementById('main-content')?.focus({ preventScroll: true });
  }, [key]);
}

function Journey({ procedure, info }: { procedure: Procedure; info: KioskInfo }) {
  const language = useSessionStore((s) => s.language);
  const config = useKioskStore((s) => s.config);
  const device = useDeviceStore((s) => s.device);
  // An enrolled kiosk seals to the key its server gave it (a revoked one takes no new applications);
  // before enrollment, to the key in its configuration.
  const canFile = device ? !device.revoked : config?.intakeKey !== undefined;
  const documents = useJourneyStore((s) => s.documents);
  const confirmation = useJourneyStore((s) => s.confirmation);
  const reset = useJourneyStore((s) => s.reset);
  const { step, progress, continueFrom, back, goTo } = useJourneyNavigation(procedure);
  const key = stepKey(step);
  useFocusOnStep(key);
  const change = (target: JourneyStep) => goTo(target, { returnToCheck: true });

  switch (step.kind) {
    case 'overview':
      return <OverviewScreen procedure={procedure} language={language} canFile={canFile} onBack={reset} onStart={() => continueFrom(step)} />;
    case 'page':
      return (
        <QuestionScreen
          key={key}
          procedure={procedure}
          pageId={step.pageId}
          language={language}
          defaultProvince={config?.provinceCode ?? '01'}
          progress={progress}
          onBack={back}
          onContinue={() => continueFrom(step)}
        />
      );
    case 'documents': {
      const slot = procedure.attach.find((s) => s.id === step.slotId);
      if (!slot) return null;
      const elsewhere = Object.entries(documents).reduce((n, [id, pages]) => (id === slot.id ? n : n + pages.length), 0);
      return (
        <DocumentScreen
          key={key}
          slot={slot}
          language={language}
          remainingForApplication={Math.max(0, MAX_ATTACHMENTS_PER_APPLICATION - elsewhere)}
          progress={progress}
          onBack={back}
          onContinue={() => continueFrom(step)}
        />
      );
    }
    case 'contact':
      return <ContactScreen progress={progress} onBack={back} onContinue={() => continueFrom(step)} />;
    case 'check':
      return <CheckAnswersScreen procedure={procedure} language={language} progress={progress} onBack={back} onContinue={() => goTo({ kind: 'declaration' })} onChange={change} />;
    case 'declaration':
      return <DeclarationScreen procedure={procedure} language={language} progress={progress} onBack={back} onFix={change} />;
    case 'confirmation':
      return confirmation ? <ConfirmationScreen procedure={procedure} confirmation={confirmation} language={language} info={info} /> : null;
  }
}

/** The filing journey of the procedure the resident chose. */
export function JourneyScreen({ catalog, info }: { catalog: Catalog; info: KioskInfo }) {
  const procedureId = useJourneyStore((s) => s.procedureId);
  const procedure = findProcedure(catalog, procedureId);
  if (!procedure) return null;
  return <Journey procedure={procedure} info={info} />;
}
