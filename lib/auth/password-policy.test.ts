import { describe, expect, it } from 'vitest';
import commonPasswordList from './common-passwords.json';
import { emailSchema, isCommonPassword, newPasswordSchema, PASSWORD_MAX, PASSWORD_MIN } from './password-policy';

function messagesFor(value: string): string[] {
  const result = newPasswordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

// Real entries of the bundled list that are long enough to pass the length rule, so only the list refuses them.
const LONG_COMMON = commonPasswordList.passwords.filter((password) => password.length >= PASSWORD_MIN);

describe('newPasswordSchema', () => {
  it('refuses 11 characters and accepts 12', () => {
    expect(PASSWORD_MIN).toBe(12);
    expect(messagesFor('a7#kq9!mz2w')).toEqual(['Use at least 12 characters.']);
    expect(newPasswordSchema.parse('a7#kq9!mz2wx')).toBe('a7#kq9!mz2wx');
  });

  it('accepts 128 characters and refuses 129', () => {
    expect(PASSWORD_MAX).toBe(128);
    expect(newPasswordSchema.safeParse('k'.repeat(64) + 'z'.repeat(64)).success).toBe(true);
    expect(messagesFor('k'.repeat(65) + 'z'.repeat(64))).toEqual(['Use at most 128 characters.']);
  });

  it('refuses long passwords from the common-password list, whatever their case', () => {
    expect(LONG_COMMON).toEqual(expect.arrayContaining(['qwerty123456', 'leavemealone', '1qaz2wsx3edc']));
    for (const password of ['qwerty123456', 'leavemealone', '1qaz2wsx3edc', 'LeaveMeAlone', 'QWERTY123456']) {
      expect(messagesFor(password)).toEqual(['This password is too common. Choose another.']);
    }
  });

  it('refuses every list entry of 12 characters or more', () => {
    expect(LONG_COMMON.length).toBeGreaterThan(0);
    for (const password of LONG_COMMON) expect(isCommonPassword(password), password).toBe(true);
    expect(LONG_COMMON.every((password) => !newPasswordSchema.safeParse(password).success)).toBe(true);
  });

  it('refuses a short common password for its length and for being common', () => {
    expect(commonPasswordList.passwords).toContain('password');
    expect(messagesFor('password')).toEqual(['Use at least 12 characters.', 'This password is too common. Choose another.']);
  });

  it('checks the list, not composition rules: a long phrase that is not listed passes', () => {
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
    expect(newPasswordSchema.parse('correct horse battery staple')).toBe('correct horse battery staple');
  });

  it('allows emoji and any Unicode, unchanged', () => {
    for (const password of ['🦊 fox in the 森 🌲', 'contraseña segura ü', 'パスワードは長いほうがいいです']) {
      expect(newPasswordSchema.parse(password)).toBe(password);
    }
  });
});

describe('emailSchema', () => {
  it('trims and lowercases an address', () => {
    expect(emailSchema.parse('  Ada@Example.TEST ')).toBe('ada@example.test');
  });

  it('refuses what is not an address', () => {
    const result = emailSchema.safeParse('not-an-email');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Enter a valid email address.');
  });
});
