/** Where Chromium is: CHROME_PATH, else Debian's. */
export declare const chromiumPath: string;
/** The launch flags known to work on these machines. */
export declare const chromiumArgs: string[];
