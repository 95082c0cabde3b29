export declare const TYPE_PARSERS: Readonly<Record<number, (text: string) => unknown>>;
