/**
 * The names both ends of the wire use, in one place. The web app imports this file alone
 * (`@kaohe/domain/http`), so nothing else of the domain reaches the sign-in page.
 */

/** Every call carries it with the value 1: a form on another site cannot set a header. */
export const CSRF_HEADER = 'x-kaohe-csrf';

/** The language the user reads (zh or en): the server's refusals come back in it. */
export const LANG_HEADER = 'x-kaohe-lang';

/**
 * A cookie the page can read, set and cleared with the HttpOnly session cookie, holding
 * nothing secret: the session's role (unit, department, chairman, admin). It tells the
 * web app as it starts that a session probably exists and which screens it will need, so
 * a cold page asks for its data in the same batch as `auth.me` and downloads its code
 * meanwhile, instead of after (decision 032). It grants nothing: the server reads only
 * the session cookie, and a stale hint only loads the wrong code early.
 */
export const SESSION_HINT_COOKIE = 'kaohe_signed_in';
