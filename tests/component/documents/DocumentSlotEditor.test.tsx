import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithI18n } from '../render';
import type { CapturedPage } from '../../../src-renderer/documents/types';
import { Harness, jpegFile, setGetUserMedia, stubObjectUrls } from './helpers';

const compressImage = vi.hoisted(() => vi.fn());
vi.mock('../../../src-renderer/documents/compress', () => ({ compressImage, disposeCompressor: vi.fn() }));

const MB = 1024 * 1024;

function choose(files: File[]) {
  const input = screen.getByTestId('doc-cccd-input');
  fireEvent.change(input, { target: { files } });
}

beforeEach(() => {
  compressImage.mockReset();
  compressImage.mockResolvedValue({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 1]), mimeType: 'image/jpeg', width: 2000, height: 1500 });
  setGetUserMedia(undefined);
});

describe('DocumentSlotEditor: files', { timeout: 30_000 }, () => {
  it('compresses a good photo and shows it with a remove button and the count', async () => {
    stubObjectUrls();
    const changes: CapturedPage[][] = [];
    renderWithI18n(<Harness changes={changes} />);
    expect(screen.getByText('Chụp cả hai mặt.')).toBeInTheDocument();
    expect(screen.getByText('0 / 3 trang')).toBeInTheDocument();
    choose([jpegFile()]);
    expect(await screen.findByRole('img', { name: 'Ảnh trang 1' })).toHaveAttribute('src', 'blob:test/1');
    expect(compressImage).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Xoá trang 1' })).toBeInTheDocument();
    expect(screen.getByText('1 / 3 trang')).toBeInTheDocument();
    expect(changes.at(-1)).toMatchObject([{ id: 'cccd-1', mimeType: 'image/jpeg', source: 'file', width: 2000 }]);
  });

  it('keeps a PDF as it is, shown by name', async () => {
    const changes: CapturedPage[][] = [];
    renderWithI18n(<Harness changes={changes} />, 'en');
    choose([new File([new TextEncoder().encode('%PDF-1.7\n%%EOF')], 'so-ho-khau.pdf', { type: 'application/pdf' })]);
    expect(await screen.findByText(/Page 1: PDF file “so-ho-khau\.pdf”/)).toBeInTheDocument();
    expect(compressImage).not.toHaveBeenCalled();
    expect(changes.at(-1)?.[0]).toMatchObject({ mimeType: 'application/pdf', fileName: 'so-ho-khau.pdf' });
  });

  const bad = () => [
    new File([new Uint8Array(30 * MB)], 'big.jpg', { type: 'image/jpeg' }),
    new File(['Đây là thư, không phải ảnh'], 'renamed.jpg', { type: 'image/jpeg' }),
    new File([], 'empty.jpg', { type: 'image/jpeg' }),
  ];

  it.each([
    ['vi', ['Tệp “big.jpg” quá lớn. Tệp phải nhỏ hơn 20 MB.', 'Tệp “renamed.jpg” không phải là ảnh hay tệp PDF', 'Tệp “empty.jpg” trống']],
    ['en', ['The file “big.jpg” is too big. A file must be smaller than 20 MB.', 'The file “renamed.jpg” is not a photo or a PDF', 'The file “empty.jpg” is empty']],
  ] as const)('refuses a 30 MB file, a text file renamed .jpg and a 0-byte file, one line each (%s)', async (lang, lines) => {
    const changes: CapturedPage[][] = [];
    renderWithI18n(<Harness changes={changes} />, lang);
    choose(bad());
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(within(alert).getAllByRole('listitem')).toHaveLength(3));
    lines.forEach((line) => expect(alert).toHaveTextContent(line));
    expect(changes).toHaveLength(0);
    expect(compressImage).not.toHaveBeenCalled();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it.each([
    ['vi', '47 tệp không được thêm: giấy tờ này chỉ nhận tối đa 3 trang.'],
    ['en', '47 files were not added: this document takes at most 3 pages.'],
  ] as const)('keeps only the allowed number of 50 files and says how many were left out (%s)', async (lang, line) => {
    const changes: CapturedPage[][] = [];
    renderWithI18n(<Harness changes={changes} />, lang);
    choose(Array.from({ length: 50 }, (_, i) => jpegFile(`p${i}.jpg`)));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(line));
    expect(changes.at(-1)?.map((p) => p.id)).toEqual(['cccd-1', 'cccd-2', 'cccd-3']);
    expect(compressImage).toHaveBeenCalledTimes(3);
  });

  it('respects what the application has left', async () => {
    const changes: CapturedPage[][] = [];
    renderWithI18n(<Harness changes={changes} remaining={1} />, 'en');
    choose([jpegFile('a.jpg'), jpegFile('b.jpg')]);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('1 file was not added: one application takes at most 30 pages of documents.'));
    expect(changes.at(-1)).toHaveLength(1);
  });

  it('says when a photo cannot be opened and keeps nothing', async () => {
    compressImage.mockRejectedValue(new Error('decode failed'));
    const changes: CapturedPage[][] = [];
    renderWithI18n(<Harness changes={changes} />);
    choose([jpegFile('hong.jpg')]);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Không mở được ảnh “hong.jpg”'));
    expect(changes).toHaveLength(0);
  });

  it('removing a page revokes its preview URL and renumbers', async () => {
    const { revoke } = stubObjectUrls();
    const changes: CapturedPage[][] = [];
    renderWithI18n(<Harness changes={changes} />);
    choose([jpegFile('a.jpg'), jpegFile('b.jpg')]);
    await screen.findByRole('img', { name: 'Ảnh trang 2' });
    fireEvent.click(screen.getByRole('button', { name: 'Xoá trang 1' }));
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
    expect(changes.at(-1)?.map((p) => p.id)).toEqual(['cccd-2']);
    expect(screen.getByText('1 / 3 trang')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xoá trang 2' })).not.toBeInTheDocument();
  });

  it('without a camera offers only the file button', () => {
    renderWithI18n(<Harness changes={[]} />);
    expect(screen.queryByRole('button', { name: 'Chụp ảnh giấy tờ' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chọn tệp ảnh hoặc PDF' })).toBeInTheDocument();
  });
});
