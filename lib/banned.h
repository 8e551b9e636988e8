/*
 * banned.h — calls the library does not make (after git's banned.h).
 *
 * Each has a safer form the library uses instead: copies are bounded
 * (snprintf into a sized buffer, memcpy with a length), numbers are
 * parsed whole and checked (rcp__parse_int64, strtol with its end and
 * errno), strings are split with a cursor, never with strtok's hidden
 * state, and times are converted with the _r functions. A call to one
 * of these no longer compiles: the error names the function.
 *
 * Included last by internal.h, after the system headers, so their
 * declarations are read before the names are taken over.
 */
#ifndef RCP_BANNED_H
#define RCP_BANNED_H

#define RCP_BANNED(func) sorry_##func##_is_a_banned_function

#undef strcpy
#define strcpy(x, y) RCP_BANNED(strcpy)
#undef strcat
#define strcat(x, y) RCP_BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) RCP_BANNED(strncpy)
#undef strncat
#define strncat(x, y, n) RCP_BANNED(strncat)
#undef sprintf
#define sprintf(...) RCP_BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) RCP_BANNED(vsprintf)
#undef gets
#define gets(x) RCP_BANNED(gets)
#undef strtok
#define strtok(x, y) RCP_BANNED(strtok)
#undef atoi
#define atoi(x) RCP_BANNED(atoi)
#undef atol
#define atol(x) RCP_BANNED(atol)
#undef atoll
#define atoll(x) RCP_BANNED(atoll)
#undef asctime
#define asctime(t) RCP_BANNED(asctime)
#undef ctime
#define ctime(t) RCP_BANNED(ctime)
#undef gmtime
#define gmtime(t) RCP_BANNED(gmtime)
#undef localtime
#define localtime(t) RCP_BANNED(localtime)

#endif
