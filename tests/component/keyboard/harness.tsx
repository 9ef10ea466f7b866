import { useState, type ComponentPropsWithoutRef } from 'react';
import { OnScreenKeyboard } from '../../../src-renderer/keyboard/ui';

type InputProps = Omit<ComponentPropsWithoutRef<'input'>, 'value' | 'onChange'>;

/** A React-controlled field whose state is shown in a test id, so tests assert what React holds. */
export function ControlledField({ id, label, ...rest }: InputProps & { id: string; label: string }) {
  const [value, setValue] = useState('');
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(event) => setValue(event.target.value)} {...rest} />
      <output data-testid={`${id}-state`}>{value}</output>
    </div>
  );
}

/** A page like the app's: fields inside main, a Continue button, the keyboard mounted after main. */
export function Page({ children, keySize }: { children: React.ReactNode; keySize?: number }) {
  return (
    <>
      <main>{children}</main>
      <footer>
        <button type="button" className="k-page__continue">
          Tiếp tục
        </button>
      </footer>
      <OnScreenKeyboard keySize={keySize} />
    </>
  );
}
