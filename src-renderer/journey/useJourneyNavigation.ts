import { useCallback } from 'react';
import type { Procedure } from '../../src-shared/catalog';
import { useJourneyStore, type JourneyStep } from '../state/journey-store';
import { journeySteps, nextStep, progressOf } from './steps';

/** Moving through the journey: Continue goes to the next step, or back to check answers after a Change. */
export function useJourneyNavigation(procedure: Procedure) {
  const step = useJourneyStore((s) => s.step);
  const answers = useJourneyStore((s) => s.answers);
  const returnToCheck = useJourneyStore((s) => s.returnToCheck);
  const goTo = useJourneyStore((s) => s.goTo);
  const back = useJourneyStore((s) => s.back);
  const steps = journeySteps(procedure, answers);

  const continueFrom = useCallback(
    (current: JourneyStep) => {
      // Answers may have changed on this page: compute the order from the latest answers.
      const latest = journeySteps(procedure, useJourneyStore.getState().answers);
      if (useJourneyStore.getState().returnToCheck) {
        goTo({ kind: 'check' });
        return;
      }
      const next = nextStep(latest, current);
      if (next) goTo(next);
    },
    [procedure, goTo],
  );

  return { step, steps, progress: progressOf(steps, step), returnToCheck, continueFrom, back, goTo };
}
