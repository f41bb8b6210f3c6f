import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, MESSAGES_EN, renderMessage } from '../../../core/checks/index.js';

describe('messages', () => {
  it('renders a template with its params', () => {
    expect(renderMessage({ key: 'number.differs', params: { a: '225', b: '226', langA: 'RO', langB: 'EN' } })).toBe('The number 225 in RO is 226 in EN.');
  });

  it('keeps unknown placeholders and shows unknown keys instead of throwing', () => {
    expect(renderMessage({ key: 'name.missing', params: { a: 'Tokaev' } })).toBe('The name Tokaev in {langA} does not appear in {langB}.');
    expect(renderMessage({ key: 'no.such', params: { a: 1 } })).toBe('no.such {"a":1}');
  });

  it('uses another locale’s templates when given', () => {
    expect(renderMessage({ key: 'date.missing', params: { a: 'x' } }, { 'date.missing': 'Data {a} lipsește.' })).toBe('Data x lipsește.');
  });

  it('lists every key once', () => {
    expect([...MESSAGE_KEYS].sort()).toEqual(Object.keys(MESSAGES_EN).sort());
    expect(MESSAGE_KEYS).toContain('name.convention');
  });
});
