import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import { setupUser } from '../user';
import { renderWithI18n } from '../render';
import { ReadAloudButton } from '../../../src-renderer/a11y';
import { findProcedure, loadShippedCatalog } from '../../../src-renderer/journey/catalog';
import { QuestionScreen } from '../../../src-renderer/journey/QuestionScreen';

interface FakeVoice {
  lang: string;
  name: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

/** A speechSynthesis stand-in: voices can arrive later (voiceschanged), speak/cancel are recorded. */
class FakeSpeech extends EventTarget {
  voices: FakeVoice[] = [];
  spoken: { text: string; lang: string; voice: FakeVoice | null; onend: (() => void) | null }[] = [];
  getVoices = () => this.voices;
  speak = vi.fn((u: { text: string; lang: string; voice: FakeVoice | null; onend: (() => void) | null }) => this.spoken.push(u));
  cancel = vi.fn();
  setVoices(voices: FakeVoice[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

class FakeUtterance {
  lang = '';
  voice: FakeVoice | null = null;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

const voice = (lang: string, name: string, localService = true): FakeVoice => ({ lang, name, voiceURI: name, localService, default: false });

describe('ReadAloudButton', { timeout: 30_000 }, () => {
  let speech: FakeSpeech;
  beforeEach(() => {
    speech = new FakeSpeech();
    vi.stubGlobal('speechSynthesis', speech);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('renders nothing when no Vietnamese voice is installed', () => {
    speech.voices = [voice('en-US', 'Samantha')];
    const { container } = renderWithI18n(<ReadAloudButton text="Họ và tên của bạn" lang="vi" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders nothing without speech synthesis at all', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    Reflect.deleteProperty(window, 'speechSynthesis');
    const { container } = renderWithI18n(<ReadAloudButton text="Họ và tên" lang="vi" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('appears when a Vietnamese voice loads late, reads the text with it, and a second tap stops', async () => {
    const user = setupUser();
    renderWithI18n(<ReadAloudButton text="Họ và tên của bạn" lang="vi" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    act(() => speech.setVoices([voice('en-GB', 'Daniel'), voice('vi-VN', 'Linh (online)', false), voice('vi_VN', 'An')]));
    const button = screen.getByRole('button', { name: 'Đọc to' });
    await user.click(button);
    expect(speech.speak).toHaveBeenCalledTimes(1);
    expect(speech.spoken[0]).toMatchObject({ text: 'Họ và tên của bạn', lang: 'vi-VN' });
    expect(speech.spoken[0]?.voice?.name).toBe('An'); // the on-device voice is preferred (offline kiosk)
    expect(screen.getByRole('button', { name: 'Dừng đọc' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dừng đọc' }));
    expect(speech.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Đọc to' })).toBeInTheDocument();
  });

  it('goes back to "Read aloud" when reading ends, in English', async () => {
    const user = setupUser();
    speech.voices = [voice('en-GB', 'Daniel')];
    renderWithI18n(<ReadAloudButton text="Your full name" lang="en" />, 'en');
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(screen.getByRole('button', { name: 'Stop reading' })).toBeInTheDocument();
    act(() => speech.spoken[0]?.onend?.());
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
  });

  it('stops reading when it leaves the page', async () => {
    const user = setupUser();
    speech.voices = [voice('vi-VN', 'An')];
    const { unmount } = renderWithI18n(<ReadAloudButton text="Ngày sinh" lang="vi" />);
    await user.click(screen.getByRole('button', { name: 'Đọc to' }));
    speech.cancel.mockClear();
    unmount();
    expect(speech.cancel).toHaveBeenCalledTimes(1);
  });

  it('sits under the heading of a question page and reads the page: title, then each question with its hint', async () => {
    const user = setupUser();
    speech.voices = [voice('vi-VN', 'An')];
    const shipped = loadShippedCatalog();
    if (!shipped.ok) throw new Error(shipped.errors.join('\n'));
    const birth = findProcedure(shipped.catalog, 'birth-registration')!;
    renderWithI18n(
      <QuestionScreen procedure={birth} pageId="copies" language="vi" defaultProvince="01" progress={undefined} onBack={() => undefined} onContinue={() => undefined} />,
    );
    const heading = screen.getByRole('heading', { level: 1, name: 'Bản sao' });
    const button = screen.getByRole('button', { name: 'Đọc to' });
    expect(heading.nextElementSibling).toBe(button);
    await user.click(button);
    expect(speech.spoken[0]?.text).toBe('Bản sao. Bạn có cần thêm bản sao không? Bản sao dùng khi làm các thủ tục khác, ví dụ nhập học, làm hộ chiếu.');
  });
});
