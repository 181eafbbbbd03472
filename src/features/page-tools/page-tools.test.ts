import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrDrawing } from './qr';
import { pickVoice } from './speech';

/** Rasterises a QR drawing into RGBA pixels, as a camera would see a printed code. */
function rasterise(drawing: ReturnType<typeof qrDrawing>, scale = 4): { data: Uint8ClampedArray; width: number } {
  const width = drawing.size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const match of drawing.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, run] = [Number(match[1]), Number(match[2]), Number(match[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++)
      for (let px = x * scale; px < (x + run) * scale; px++) data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
  }
  return { data, width };
}

describe('QR codes', () => {
  it('decode to the page in the chosen language', () => {
    const url = 'https://wegwijs.example/ro/health/sti-test/';
    const { data, width } = rasterise(qrDrawing(url));
    expect(jsQR(data, width, width)?.data).toBe(url);
  });
  it('keep a quiet zone around the code', () => {
    const drawing = qrDrawing('https://wegwijs.example/ar/');
    const xs = [...drawing.path.matchAll(/M(\d+) /g)].map((match) => Number(match[1]));
    expect(Math.min(...xs)).toBe(4);
  });
});

describe('read-aloud voices', () => {
  const voices = [
    { lang: 'en-US', name: 'English', default: true, localService: true },
    { lang: 'ro-RO', name: 'Romanian (network)', default: true, localService: false },
    { lang: 'ro-RO', name: 'Romanian (phone)', localService: true },
    { lang: 'zh-CN', name: 'Chinese', localService: true },
    { lang: 'th-TH', name: 'Thai (network)', localService: false },
    { lang: 'pl-PL', name: 'Polish (unknown)' },
  ];
  it('picks a voice of the page language that runs on the phone', () => {
    expect(pickVoice(voices, 'ro')?.name).toBe('Romanian (phone)');
  });
  it('never picks a network voice, which would send the text away', () => {
    expect(pickVoice(voices, 'th')).toBeUndefined();
    expect(pickVoice(voices, 'pl')).toBeUndefined();
  });
  it('matches a script tag to a region voice', () => {
    expect(pickVoice(voices, 'zh-Hans')?.name).toBe('Chinese');
  });
  it('gives no voice rather than a wrong one', () => {
    expect(pickVoice(voices, 'bg')).toBeUndefined();
  });
});

describe('phrasebook', () => {
  it('has every sentence, non-empty, in all 14 languages', async () => {
    const { readFileSync } = await import('node:fs');
    const { localeCodes } = await import('../../lib/locales');
    const { phraseIds } = await import('../field-mode/phrasebook');
    expect(phraseIds.length).toBeGreaterThanOrEqual(20);
    for (const code of localeCodes) {
      const strings = JSON.parse(readFileSync(`locales/${code}.json`, 'utf8')) as Record<string, string>;
      for (const id of phraseIds) expect(strings[`phrase.${id}`]?.trim(), `${code}: phrase.${id}`).toBeTruthy();
    }
  });
});
