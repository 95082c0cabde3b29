import type { Locale, LocalizedText } from '@kaohe/domain';

/** The CLI speaks Chinese unless KAOHE_LANG=en or --lang en says otherwise. */
export function cliLocale(argv: string[]): Locale {
  const i = argv.indexOf('--lang');
  const flag = i >= 0 ? argv[i + 1] : undefined;
  const lang = flag ?? process.env.KAOHE_LANG ?? 'zh';
  return lang.startsWith('en') ? 'en' : 'zh';
}

/** A failure the user can act on: printed as one message, exit code 1, never a stack. */
export class CliError extends Error {
  constructor(
    readonly text: LocalizedText,
    readonly exitCode = 1,
  ) {
    super(text.en);
  }
}
