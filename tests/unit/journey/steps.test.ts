import { describe, expect, it } from 'vitest';
import { procedureSchema, type Procedure } from '../../../src-shared/catalog';
import { journeySteps, nextStep, progressOf } from '../../../src-renderer/journey/steps';
import { readJson } from '../catalog/load-assets';
import { birthAnswers } from '../forms/helpers';

const birth: Procedure = procedureSchema.parse(readJson('birth-registration.json'));
const kinds = (answers: unknown) =>
  journeySteps(birth, answers).map((s) => (s.kind === 'page' ? s.pageId : s.kind === 'documents' ? `doc:${s.slotId}` : s.kind));

describe('the order of a filing journey', () => {
  it('starts with the overview and ends with contact, check answers and the declaration', () => {
    const steps = kinds(birthAnswers());
    expect(steps[0]).toBe('overview');
    expect(steps.slice(-3)).toEqual(['contact', 'check', 'declaration']);
  });

  it('asks about the father only when the resident says the father is known', () => {
    expect(kinds({ ...birthAnswers(), hasFather: false })).not.toContain('father');
    expect(kinds({ ...birthAnswers(), hasFather: true })).toContain('father');
  });

  it('asks for the birth certificate photo, or the witness statement when there is none', () => {
    expect(kinds({ ...birthAnswers(), hasBirthCertificate: true })).toContain('doc:birthCertificate');
    expect(kinds({ ...birthAnswers(), hasBirthCertificate: true })).not.toContain('doc:birthWitness');
    expect(kinds({ ...birthAnswers(), hasBirthCertificate: false })).toContain('doc:birthWitness');
  });

  it('goes to the next step, and shows "step n of total" without counting the overview', () => {
    const steps = journeySteps(birth, birthAnswers());
    expect(nextStep(steps, { kind: 'overview' })).toEqual({ kind: 'page', pageId: 'requester' });
    expect(nextStep(steps, { kind: 'declaration' })).toBeUndefined();
    expect(progressOf(steps, { kind: 'page', pageId: 'requester' })).toEqual({ current: 1, total: steps.length - 1 });
    expect(progressOf(steps, { kind: 'declaration' })).toEqual({ current: steps.length - 1, total: steps.length - 1 });
    expect(progressOf(steps, { kind: 'overview' })).toBeUndefined();
  });

  it('has no next step from a page that an answer has just hidden', () => {
    const steps = journeySteps(birth, { ...birthAnswers(), hasFather: false });
    expect(nextStep(steps, { kind: 'page', pageId: 'father' })).toBeUndefined();
  });
});
