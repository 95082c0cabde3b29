/**
 * Fields of the admin forms, checked by the server's procedures and by the web forms
 * before sending (through `zodRule`), so both say the same thing in the same words.
 */
import { z } from 'zod';
import { zodMessage } from './errors.ts';

export const NameSchema = z
  .string()
  .trim()
  .min(1, zodMessage({ zh: '请填写名称', en: 'a name is required' }))
  .max(200);

export const UsernameSchema = z
  .string()
  .trim()
  .min(2, zodMessage({ zh: '用户名至少2个字符', en: 'at least 2 characters' }))
  .max(50)
  .regex(
    /^[A-Za-z0-9._-]+$/,
    zodMessage({
      zh: '用户名只能包含字母、数字、点、下划线和连字符',
      en: 'letters, digits, . _ -',
    }),
  );
